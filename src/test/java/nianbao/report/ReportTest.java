package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import nianbao.verify.BalancedReturns;
import nianbao.verify.Verifier;
import org.junit.jupiter.api.Test;

class ReportTest {

    static final long SEED = Seeds.property(7L);

    static Report sample() {
        Seeds.note("ReportTest", SEED);
        Map<String, BigDecimal> good = BalancedReturns.values(new Random(SEED));
        good.put("disclosure.fees.amount", new BigDecimal("0.012300"));
        Map<String, BigDecimal> bad = new LinkedHashMap<>(good);
        bad.put("application.carried_forward.natural_person", bad.get("application.carried_forward.natural_person").add(BigDecimal.ONE));
        Return ok = BalancedReturns.of("湛河区教育局", 2024, good);
        Return invalid = BalancedReturns.of("湛河区公安分局", 2024, bad);
        List<FileResult> files = new ArrayList<>();
        files.add(FileResult.of(ok, Verifier.verify(ok)));
        files.add(FileResult.of(invalid, Verifier.verify(invalid)));
        files.add(FileResult.unreadable("returns/坏.xlsx", "文件 returns/坏.xlsx 不是 Excel 工作簿"));
        return Report.of(files);
    }

    @Test
    void writesTheJsonShapeOfTheSpec() throws Exception {
        StringWriter out = new StringWriter();
        JsonReport.write(sample(), out);

        JsonNode root = new ObjectMapper().readTree(out.toString());

        assertThat(root.fieldNames()).toIterable().containsExactly("files", "summary");
        JsonNode ok = root.get("files").get(0);
        assertThat(ok.fieldNames()).toIterable().containsExactly("file", "status", "agency", "year", "values", "findings");
        assertThat(ok.get("file").asText()).isEqualTo("湛河区教育局.xlsx");
        assertThat(ok.get("status").asText()).isEqualTo("ok");
        assertThat(ok.get("agency").asText()).isEqualTo("湛河区教育局");
        assertThat(ok.get("year").isInt()).isTrue();
        assertThat(ok.get("values").size()).isEqualTo(200);
        assertThat(ok.get("values").fieldNames()).toIterable()
                .containsExactlyElementsOf(Form.fields().stream().map(Field::key).toList());
        assertThat(ok.get("values").get("application.new.natural_person").isIntegralNumber()).isTrue();
        assertThat(ok.get("findings").isEmpty()).isTrue();

        JsonNode finding = root.get("files").get(1).get("findings").get(0);
        assertThat(root.get("files").get(1).get("status").asText()).isEqualTo("invalid");
        assertThat(finding.fieldNames()).toIterable()
                .containsExactly("code", "severity", "keys", "cell", "expected", "actual", "message");
        assertThat(finding.get("code").asText()).isEqualTo("balance");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("keys").get(0).asText()).isEqualTo("application.carried_forward.natural_person");
        assertThat(finding.get("cell").asText()).startsWith("'年报数据'!D");
        assertThat(finding.get("message").asText()).startsWith("第三部分「自然人」列：");

        JsonNode unreadable = root.get("files").get(2);
        assertThat(unreadable.get("status").asText()).isEqualTo("unreadable");
        assertThat(unreadable.get("reason").asText()).contains("不是 Excel 工作簿");
        assertThat(unreadable.has("values")).isFalse();
        assertThat(unreadable.get("year").isNull()).isTrue();

        assertThat(root.get("summary").toString()).isEqualTo("{\"files\":3,\"ok\":1,\"invalid\":1,\"unreadable\":1,\"duplicate\":0,\"skipped\":0}");
    }

    @Test
    void writesTheFeeExactlyAsRead() throws Exception {
        StringWriter out = new StringWriter();
        JsonReport.write(sample(), out);

        assertThat(out.toString()).contains("\"disclosure.fees.amount\" : 0.012300,");
    }

    @Test
    void writesTotalsAndExtraCountsWhenGiven() throws Exception {
        Report report = sample().withTotals(Map.of("application.new.total", new BigDecimal("7")))
                .withSummary("included", "已汇总", 1);
        StringWriter json = new StringWriter();
        JsonReport.write(report, json);

        JsonNode root = new ObjectMapper().readTree(json.toString());

        assertThat(root.get("totals").get("application.new.total").asInt()).isEqualTo(7);
        assertThat(root.get("summary").get("included").asInt()).isEqualTo(1);
        assertThat(TextReport.summaryLine(report)).isEqualTo("3 份报表：通过 1，有误 1，无法读取 1，已汇总 1");
    }

    @Test
    void writesTextForAClerk() {
        StringWriter out = new StringWriter();
        TextReport.write(sample(), new PrintWriter(out));

        List<String> lines = out.toString().lines().toList();

        assertThat(lines.get(0)).isEqualTo("✓ 湛河区教育局.xlsx  湛河区教育局  2024 年");
        assertThat(lines.get(1)).isEqualTo("✗ 湛河区公安分局.xlsx  湛河区公安分局  2024 年");
        assertThat(lines.get(2)).startsWith("    错误  '年报数据'!D").contains("第三部分「自然人」列：");
        assertThat(lines).contains("✗ returns/坏.xlsx  无法读取：文件 returns/坏.xlsx 不是 Excel 工作簿");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("3 份报表：通过 1，有误 1，无法读取 1");
    }

    @Test
    void printsAFindingWithoutACellAsAboutTheWholeReturn() {
        Finding f = new Finding(Code.UNCHANGED_FROM_PREVIOUS, List.of(), null, "", "", "全部 200 个数字与上年相同。");

        assertThat(TextReport.findingLine(f)).isEqualTo("提示  （整份报表）  全部 200 个数字与上年相同。");
    }
}
