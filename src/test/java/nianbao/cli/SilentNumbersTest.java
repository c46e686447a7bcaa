package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.template.Filling;
import nianbao.template.TemplateLayout;
import nianbao.template.TemplateWriter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "nothing counted silently", points 2 to 6: each return is built in the test the way a clerk or a
 * careless sender makes it, and run through the commands a clerk runs.
 */
class SilentNumbersTest {

    private static final String AGENCY = "湛河区民政局";

    @TempDir
    Path dir;

    /** Every input 0 but the few given: a balanced return. */
    private static Map<String, BigDecimal> zerosWith(Map<String, Integer> some) {
        Map<String, BigDecimal> values = new HashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> values.put(f.key(), BigDecimal.ZERO));
        some.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
        return values;
    }

    private Path filled(String name, Map<String, Integer> values) throws IOException {
        return ReturnFiles.write(dir.resolve("in").resolve(name), AGENCY, "", 2024, "2025-01-20", zerosWith(values));
    }

    /** Opens a return with POI, lets the edit change it, saves it in place. */
    private static Path edit(Path file, Edit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.apply(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    interface Edit {
        void apply(XSSFWorkbook wb);
    }

    private static XSSFCell cell(XSSFWorkbook wb, String key) {
        CellAddress at = TemplateLayout.cell(Form.field(key));
        var row = wb.getSheet(at.sheet()).getRow(at.row());
        return row.getCell(at.column()) == null ? row.createCell(at.column()) : row.getCell(at.column());
    }

    private static List<JsonNode> findings(Run run) throws IOException {
        return StreamSupport.stream(run.json().get("files").get(0).get("findings").spliterator(), false).toList();
    }

    private static List<String> codes(Run run) throws IOException {
        return findings(run).stream().map(f -> f.get("code").asText()).toList();
    }

    // 2. A template sent back unfilled.

    @Test
    void anUnfilledTemplateIsOneEmptyReturnLineAndInvalid() throws IOException {
        Path file = dir.resolve("空白.xlsx");
        Run template = HostileCorpusTest.run("template", "-o", file.toString(), "--agency", AGENCY, "--year", "2024");
        assertThat(template.code()).isEqualTo(Main.OK);

        Run text = HostileCorpusTest.run("verify", file.toString());
        Run json = HostileCorpusTest.run("verify", file.toString(), "--json");

        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("没有填写任何数字").doesNotContain("空白按0计").doesNotContain("为空，已按 0 计");
        assertThat(text.out().lines().filter(l -> l.contains("错误") || l.contains("提醒"))).hasSize(1);
        assertThat(codes(json)).containsExactly("empty_return");
        assertThat(json.json().get("files").get(0).get("status").asText()).isEqualTo("invalid");
    }

    @Test
    void anUnfilledTemplateIsNotSummedAndItsAgencyHasNotReported() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        HostileCorpusTest.run("template", "-o", in.resolve("空白.xlsx").toString(), "--agency", AGENCY, "--year", "2024");
        filled("教育局.xlsx", Map.of("application.new.natural_person", 3, "application.granted.natural_person", 3));
        edit(in.resolve("教育局.xlsx"), wb -> cell(wb, "application.new.natural_person").getSheet().getRow(
                TemplateLayout.cell(MetaKey.AGENCY).row()).getCell(TemplateLayout.cell(MetaKey.AGENCY).column()).setCellValue("湛河区教育局"));
        Path roster = Files.writeString(dir.resolve("名册.csv"), "单位名称,统一社会信用代码,分组\n湛河区教育局,,本级部门\n" + AGENCY + ",,本级部门\n");
        Path report = dir.resolve("报告.json");

        Run run = HostileCorpusTest.run("consolidate", in.toString(), "-o", dir.resolve("汇总.xlsx").toString(),
                "--roster", roster.toString(), "--json", report.toString(), "--quiet");

        assertThat(run.code()).isEqualTo(1);
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        assertThat(json.get("totals").get("application.new.natural_person").asInt()).isEqualTo(3);
        assertThat(run.out() + run.err()).contains("名册中未报送的单位（1 个）：" + AGENCY);
        assertThat(json.get("summary").get("invalid").asInt()).isEqualTo(1);
    }

    // 3. A number stored as text.

    @Test
    void aNumberStoredAsTextWhereTheTotalsSumIsAnErrorOnThatCellOnly() throws IOException {
        Path file = filled("文本数字.xlsx", Map.of());
        edit(file, wb -> { // as a spreadsheet saves it: the totals' SUMs leave the text out, so they stay 0
            cell(wb, "application.new.natural_person").setCellValue("２");
            cell(wb, "application.granted.natural_person").setCellValue("2");
        });

        Run text = HostileCorpusTest.run("verify", file.toString());
        Run json = HostileCorpusTest.run("verify", file.toString(), "--json");

        assertThat(text.code()).isEqualTo(1);
        assertThat(codes(json)).containsExactlyInAnyOrder("number_as_text", "number_as_text");
        assertThat(findings(json)).allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("error"));
        assertThat(text.out()).contains("'年报数据'!" + TemplateLayout.cell(Form.field("application.new.natural_person")).a1())
                .contains("文本形式保存的数字").doesNotContain("F9").doesNotContain("行合计不符").doesNotContain("勾稽关系不平衡");
    }

    @Test
    void aNumberStoredAsTextNoFormulaSumsIsAWarningAndCounts() throws IOException {
        Path file = filled("许可.xlsx", Map.of());
        edit(file, wb -> cell(wb, "disclosure.licensing.decisions").setCellValue("7"));

        Run json = HostileCorpusTest.run("verify", file.toString(), "--json");

        assertThat(json.code()).isEqualTo(0);
        assertThat(json.json().get("files").get(0).get("values").get("disclosure.licensing.decisions").asInt()).isEqualTo(7);
        assertThat(findings(json)).singleElement().satisfies(f -> {
            assertThat(f.get("code").asText()).isEqualTo("number_as_text");
            assertThat(f.get("severity").asText()).isEqualTo("warning");
        });
    }

    // 5. Defined names that alias.

    @Test
    void aNameSentToAnotherKeysCellIsMisplacedAndNothingCountsTwice() throws IOException {
        Path file = filled("别名.xlsx", Map.of("disclosure.penalty.decisions", 777));
        edit(file, wb -> wb.getName("disclosure.licensing.decisions")
                .setRefersToFormula(wb.getName("disclosure.penalty.decisions").getRefersToFormula()));

        Run json = HostileCorpusTest.run("verify", file.toString(), "--json");

        assertThat(json.code()).isEqualTo(1);
        assertThat(codes(json)).contains("name_misplaced");
        JsonNode values = json.json().get("files").get(0).get("values");
        assertThat(values.has("disclosure.licensing.decisions") && values.has("disclosure.penalty.decisions")
                && values.get("disclosure.licensing.decisions").asInt() == 777).as("777 counted under both keys").isFalse();
    }

    @Test
    void aNameSentToTheGuideSheetIsMisplaced() throws IOException {
        Path file = filled("说明页.xlsx", Map.of("disclosure.licensing.decisions", 5));
        edit(file, wb -> wb.getName("disclosure.licensing.decisions").setRefersToFormula("'" + TemplateLayout.GUIDE_SHEET + "'!$H$40"));

        Run json = HostileCorpusTest.run("verify", file.toString(), "--json");

        assertThat(json.code()).isEqualTo(1);
        assertThat(findings(json)).filteredOn(f -> f.get("code").asText().equals("name_misplaced")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asText()).contains(TemplateLayout.GUIDE_SHEET));
        assertThat(json.json().get("files").get(0).get("values").has("disclosure.licensing.decisions")).isFalse();
    }

    // 6. A deleted total; the header fields a roster needs.

    @Test
    void aDeletedTotalIsToldToRestoreItsFormula() throws IOException {
        Path file = filled("删公式.xlsx", Map.of());
        edit(file, wb -> cell(wb, "application.new.total").setBlank());

        Run text = HostileCorpusTest.run("verify", file.toString());

        assertThat(text.out()).contains("恢复该公式").contains("=SUM(").doesNotContain("请填写数字 0");
    }

    @Test
    void anEmptyAgencyAndAYearThatIsNoYearMakeTheReturnInvalidNamingTheField() throws IOException {
        Path file = dir.resolve("无名.xlsx");
        try (XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(Map.of(MetaKey.YEAR, "abcd"),
                zerosWith(Map.of())))) {
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        Run json = HostileCorpusTest.run("verify", file.toString(), "--json");
        Run text = HostileCorpusTest.run("verify", file.toString());

        assertThat(json.code()).isEqualTo(1);
        assertThat(findings(json)).extracting(f -> f.get("keys").get(0).asText()).contains("meta.agency", "meta.year");
        assertThat(text.out()).contains("填报单位为空").contains("年度「abcd」不是年份");
    }
}
