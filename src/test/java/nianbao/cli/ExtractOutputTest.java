package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.extract.RandomReturns;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.render.RenderFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code extract} prints for real reports: findings at their printed places, every cell kept in JSON. */
class ExtractOutputTest {

    private static final Path REPORTS = Path.of("../shared/samples/reports");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private static Path report(String name) {
        Path file = REPORTS.resolve(name);
        assumeTrue(Files.exists(file), file + " absent (a fresh clone): skipped");
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hongze-2023.txt", "hongze-2023.pdf"})
    void hongzeReadsAsAClerkExpects(String name) {
        Path hongze = report(name);

        int status = run("extract", hongze.toString());

        String other = "「自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计」列  本报告将「(六) 其他处理」印为一行，未分列此行，按0计";
        assertThat(out.toString().lines()).containsExactly(
                "✗ " + hongze + "  淮安市洪泽区人民政府  2023 年",
                "    错误  第四部分 行政复议 「总计」列  第四部分「行政复议」：总计为 0，但结果维持、结果纠正、其他结果、尚未审结之和为 11，相差 11。",
                "    错误  第四部分 行政诉讼·复议后起诉 「总计」列  第四部分「行政诉讼·复议后起诉」：总计为 0，但结果维持、结果纠正、其他结果、尚未审结之和为 5，相差 5。",
                "    提示  第三部分 (六)其他处理·1.申请人无正当理由… " + other,
                "    提示  第三部分 (六)其他处理·2.申请人逾期未按收… " + other,
                "    说明  本报告第三部分将「(六) 其他处理」印为一行，其数字计入「3.其他」，另两行按0计",
                "1 份报表：通过 0，有误 1，无法读取 0");
        assertThat(status).isEqualTo(Main.INVALID);
    }

    @Test
    void hongzeJsonKeepsItsShapeAndEveryCell() throws Exception {
        Path hongze = report("hongze-2023.txt");

        int status = run("extract", "--json", hongze.toString());

        JsonNode file = new ObjectMapper().readTree(out.toString()).get("files").get(0);
        assertThat(status).isEqualTo(Main.INVALID);
        assertThat(names(file)).containsExactly("file", "status", "agency", "year", "values", "findings");
        List<String> blanks = new ArrayList<>();
        for (JsonNode f : file.get("findings")) {
            assertThat(names(f)).containsExactly("code", "severity", "keys", "cell", "expected", "actual", "message");
            assertThat(f.get("cell").isNull()).as("cell of %s", f).isTrue();
            assertThat(f.get("message").asText()).doesNotContain(hongze.toString()).startsWith("第");
            if (f.get("code").asText().equals("blank")) {
                assertThat(f.get("keys")).hasSize(1);
                blanks.add(f.get("keys").get(0).asText());
            }
        }
        List<String> unprinted = new ArrayList<>();
        for (MatrixRow row : List.of(MatrixRow.OTHER_NO_CORRECTION, MatrixRow.OTHER_UNPAID_FEE)) {
            for (Applicant a : Applicant.values()) {
                unprinted.add(Form.matrix(row, a).key());
            }
        }
        assertThat(blanks).containsExactlyInAnyOrderElementsOf(unprinted);
        assertThat(file.get("findings")).hasSize(unprinted.size() + 2);
    }

    @Test
    void aFolderOfOneAgencysYearsIsCheckedAcrossYearsAndTheJsonNamesTheYearBefore() throws Exception {
        Path folder = dir.resolve("reports");
        Files.createDirectories(folder);
        Return before = RandomReturns.of(41L);
        Map<String, BigDecimal> values = new LinkedHashMap<>(before.values());
        for (Applicant col : Applicant.values()) {
            values.put(Form.matrix(MatrixRow.CARRIED_OVER, col).key(), before.values().get(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key()));
        }
        String over = Form.matrix(MatrixRow.CARRIED_OVER, Applicant.NATURAL_PERSON).key();
        values.put(over, values.get(over).add(BigDecimal.ONE));
        Files.writeString(folder.resolve("2023.txt"), RenderFormat.TXT.render(withYear(before, before.values(), 2023)));
        Files.writeString(folder.resolve("2024.txt"), RenderFormat.TXT.render(withYear(before, values, 2024)));

        int status = run("extract", "--json", folder.toString());

        JsonNode files = new ObjectMapper().readTree(out.toString()).get("files");
        List<JsonNode> carry = new ArrayList<>();
        files.get(1).get("findings").forEach(f -> {
            if (f.get("code").asText().equals("carry_mismatch")) {
                carry.add(f);
            }
        });
        assertThat(files.get(1).get("file").asText()).endsWith("2024.txt");
        assertThat(carry).singleElement().satisfies(f -> {
            assertThat(f.get("keys").get(0).asText()).isEqualTo(over);
            assertThat(f.get("compared_with").asText()).endsWith("2023.txt");
        });
        assertThat(status).isEqualTo(Main.INVALID);
    }

    private static Return withYear(Return r, Map<String, BigDecimal> values, int year) {
        Map<MetaKey, String> meta = new EnumMap<>(r.meta());
        meta.put(MetaKey.YEAR, String.valueOf(year));
        return new Return(r.source(), meta, values, Map.of(), List.of());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void huaianAndTheSeedHaveNothingToSay() {
        Path huaian = report("huaian-2024.txt");

        int status = run("extract", huaian.toString(), "samples/seed-report.txt");

        assertThat(out.toString().lines()).containsExactly(
                "✓ " + huaian + "  淮安市人民政府  2024 年",
                "✓ samples/seed-report.txt  湛河区信访局  2024 年",
                "2 份报表：通过 2，有误 0，无法读取 0");
        assertThat(status).as(err.toString()).isEqualTo(Main.OK);
    }

    @Test
    void theSeedAloneNeedsNoSharedSamples() {
        int status = run("extract", "samples/seed-report.txt");

        assertThat(out.toString().lines()).containsExactly("✓ samples/seed-report.txt  湛河区信访局  2024 年",
                "1 份报表：通过 1，有误 0，无法读取 0");
        assertThat(status).isEqualTo(Main.OK);
    }
}
