package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.testing.LibreOffice;
import nianbao.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LibreOffice opens the consolidated workbook, recalculates it and saves it; the sums read back unchanged. */
class ConsolidateLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void theConsolidatedWorkbookRecalculatedByLibreOfficeHoldsTheSameSums() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: LibreOffice round trip skipped");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = in.resolve("全区汇总.xlsx");
        StringWriter log = new StringWriter();
        Main.commandLine(new PrintWriter(log), new PrintWriter(log))
                .execute("consolidate", "samples/returns", "-o", target.toString(), "--roster", "samples/roster.csv", "--agency", "湛河区");

        Path saved = LibreOffice.convert(List.of(target), "xlsx", out).get(0);

        Return before = new ReturnReader().read(target);
        Return after = new ReturnReader().read(saved);
        for (Field f : Form.fields()) {
            assertThat(after.value(f)).as(f.key()).isEqualByComparingTo(before.value(f));
        }
        assertThat(Verifier.verify(after)).noneMatch(Finding::isError);
    }

    @ParameterizedTest(name = "saved as {0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aSummarySavedByLibreOfficeIsStillASubSummaryOfItsAgencies(String format) throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: LibreOffice round trip skipped");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = in.resolve("乡镇小计.xlsx");
        StringWriter log = new StringWriter();
        Path jiulong = Path.of("samples/returns/九龙街道办事处.xlsx");
        Path beidu = Path.of("samples/returns/北渡镇人民政府.xlsx");
        Main.commandLine(new PrintWriter(log), new PrintWriter(log)).execute("consolidate", jiulong.toString(), beidu.toString(),
                "-o", target.toString(), "--agency", "乡镇小计");
        Path saved = LibreOffice.convert(List.of(target), format, out).get(0);
        Path city = dir.resolve("市.xlsx");

        int status = Main.commandLine(new PrintWriter(log), new PrintWriter(log))
                .execute("consolidate", saved.toString(), jiulong.toString(), "-o", city.toString());

        assertThat(status).as(log.toString()).isEqualTo(Main.OK);
        assertThat(log.toString()).contains("其明细列出 2 个单位", "重复计入：1 个单位");
        Return summed = new ReturnReader().read(city);
        Return before = new ReturnReader().read(target);
        for (Field f : Form.fields()) {
            assertThat(summed.value(f)).as(f.key()).isEqualByComparingTo(before.value(f));
        }
    }
}
