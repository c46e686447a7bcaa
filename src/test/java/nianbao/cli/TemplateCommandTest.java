package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.template.TemplateLayout;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesTheTemplateWithAgencyAndYearAndSaysWhere() throws Exception {
        Path file = dir.resolve("模板.xlsx");
        assertThat(run("template", "-o", file.toString(), "--year", "2024", "--agency", "湛河区信访局")).isEqualTo(Main.OK);
        assertThat(out.toString().strip()).isEqualTo("已生成模板：" + file);
        assertThat(err.toString()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheet(TemplateLayout.SHEET).getRow(TemplateLayout.cell(nianbao.form.MetaKey.AGENCY).row())
                    .getCell(TemplateLayout.cell(nianbao.form.MetaKey.AGENCY).column()).getStringCellValue()).isEqualTo("湛河区信访局");
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path file = Files.writeString(dir.resolve("a.xlsx"), "old");
        assertThat(run("template", "-o", file.toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("已存在").contains("--force").doesNotContain("Exception");
        assertThat(file).hasContent("old");
        assertThat(run("template", "-o", file.toString(), "--force")).isEqualTo(Main.OK);
        assertThat(Files.size(file)).isGreaterThan(1000);
    }

    @Test
    void rejectsAYearThatIsNotFourDigits() {
        assertThat(run("template", "-o", dir.resolve("b.xlsx").toString(), "--year", "24")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("四位数字");
        assertThat(dir.resolve("b.xlsx")).doesNotExist();
    }

    @Test
    void isListedInTheHelp() {
        assertThat(run("--help")).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("template");
    }
}
