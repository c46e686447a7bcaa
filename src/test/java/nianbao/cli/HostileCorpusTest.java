package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.testing.BadFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of wrong, damaged or hostile file in one folder with good ones, through the commands as a
 * user runs them: each bad file named with a clear Chinese reason, the good ones read and reported as
 * usual, every file in the report, exit status 1, and no stack trace.
 */
class HostileCorpusTest {

    static final Path GOOD_XLSX = Path.of("samples/returns/湛河区教育局.xlsx");
    static final Path GOOD_XLS = Path.of("samples/returns/湛河区城市管理局.xls");
    static final Path SEED_REPORT = Path.of("samples/seed-report.txt");

    /** What the reader says about each bad workbook. */
    static final Map<BadFile, String> WORKBOOK_REASONS = new EnumMap<>(Map.of(
            BadFile.EMPTY, "空文件",
            BadFile.RANDOM_BYTES, "不是 Excel 工作簿",
            BadFile.CSV, "纯文本或 CSV 文件",
            BadFile.WORD, "Word 文档",
            BadFile.PDF, "PDF 文档",
            BadFile.ZIP_WITHOUT_WORKBOOK, "普通压缩包",
            BadFile.TRUNCATED, "损坏",
            BadFile.DIRECTORY, "文件夹",
            BadFile.ENCRYPTED_OOXML, "文件已加密，请去掉打开密码后重新提交",
            BadFile.ENCRYPTED_XLS, "文件已加密，请去掉打开密码后重新提交"));

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void verifyNamesEveryBadWorkbookWithItsReasonAndReadsTheGoodOnes() throws Exception {
        Path in = workbookCorpus();

        Run run = run("verify", "--json", in.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.INVALID);
        assertNoStackTrace(run);
        JsonNode files = run.json().get("files");
        assertThat(files).hasSize(WORKBOOK_REASONS.size() + 2 + 1);
        WORKBOOK_REASONS.forEach((bad, reason) -> {
            JsonNode file = entry(files, in.resolve(name(bad)));
            assertThat(file.get("status").asText()).as(bad.name()).isEqualTo("unreadable");
            assertThat(file.get("reason").asText()).as(bad.name()).startsWith(in.resolve(name(bad)).toString()).contains(reason);
        });
        assertGoodReturn(entry(files, in.resolve("good.xlsx")), GOOD_XLSX);
        assertGoodReturn(entry(files, in.resolve("good.xls")), GOOD_XLS);
        assertThat(run.json().get("summary").get("unreadable").asInt()).isEqualTo(WORKBOOK_REASONS.size());
        JsonNode lock = entry(files, in.resolve("~$good.xlsx"));
        assertThat(lock.get("status").asText()).as("listed as consolidate lists it").isEqualTo("skipped");
        assertThat(lock.get("reason").asText()).isEqualTo("Office 临时锁定文件，已跳过");
        assertThat(lock.get("agency").isNull()).isTrue();
        assertThat(run.json().get("summary").get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void verifyAsTextGivesEachBadWorkbookOneLineNamingItAndWhy() throws Exception {
        Path in = workbookCorpus();

        Run run = run("verify", in.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertNoStackTrace(run);
        WORKBOOK_REASONS.forEach((bad, reason) -> assertThat(run.out().lines())
                .as(bad.name()).anyMatch(l -> l.startsWith("✗ " + in.resolve(name(bad)) + "  无法读取：") && l.contains(reason)));
        assertThat(run.out()).contains("✓ " + in.resolve("good.xlsx") + "  湛河区教育局  2024 年")
                .contains("✓ " + in.resolve("good.xls") + "  湛河区城市管理局  2024 年")
                .endsWith("12 份报表：通过 2，有误 0，无法读取 10\n");
    }

    @Test
    void consolidateNamesEveryBadWorkbookAndSumsOnlyTheGoodOnes() throws Exception {
        Path in = workbookCorpus();
        Path json = dir.resolve("report.json");

        Run run = run("consolidate", in.toString(), "-o", dir.resolve("汇总.xlsx").toString(), "--json", json.toString(), "--quiet");

        assertThat(run.code()).as(run.err()).isEqualTo(Main.INVALID);
        assertNoStackTrace(run);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode files = report.get("files");
        WORKBOOK_REASONS.forEach((bad, reason) -> {
            JsonNode file = entry(files, in.resolve(name(bad)));
            assertThat(file.get("status").asText()).as(bad.name()).isEqualTo("unreadable");
            assertThat(file.get("reason").asText()).as(bad.name()).contains(in.resolve(name(bad)).toString()).contains(reason);
        });
        assertGoodReturn(entry(files, in.resolve("good.xlsx")), GOOD_XLSX);
        assertGoodReturn(entry(files, in.resolve("good.xls")), GOOD_XLS);
        Return a = new ReturnReader().read(GOOD_XLSX);
        Return b = new ReturnReader().read(GOOD_XLS);
        a.values().forEach((key, value) -> assertThat(new BigDecimal(report.get("totals").get(key).asText()))
                .as(key).isEqualByComparingTo(value.add(b.values().get(key))));
        Return consolidated = new ReturnReader().read(dir.resolve("汇总.xlsx"));
        a.values().forEach((key, value) -> assertThat(consolidated.values().get(key)).as(key)
                .isEqualByComparingTo(value.add(b.values().get(key))));
    }

    @Test
    void extractNamesEveryBadReportWithItsReasonAndReadsTheGoodOne() throws Exception {
        Path in = extractCorpus();

        Run run = run("extract", "--json", in.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertNoStackTrace(run);
        JsonNode files = run.json().get("files");
        List<String> unreadable = new ArrayList<>();
        for (JsonNode file : files) {
            if (file.get("status").asText().equals("unreadable")) {
                unreadable.add(file.get("file").asText());
                assertThat(file.get("reason").asText()).as(file.get("file").asText())
                        .contains(file.get("file").asText()).containsPattern("[\\u4e00-\\u9fff]{4}")
                        .doesNotContain("Exception");
            }
        }
        assertThat(unreadable).hasSize(files.size() - 1);
        assertThat(entry(files, in.resolve("good.txt")).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aReportWithoutAnyTableIsUnreadableNotTwoHundredMissingCells() throws Exception {
        Path empty = Files.writeString(dir.resolve("通知.txt"), "关于做好年度报告工作的通知\n各单位：请按时报送。\n");

        Run run = run("extract", empty.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).startsWith("✗ " + empty + "  无法读取：文件 " + empty + " 中找不到年度报告的表格")
                .doesNotContain("missing_cell").doesNotContain("找不到这一行");
    }

    @Test
    void anUnreadableFileIsNamedWhenPermissionsReallyBlockReading() throws Exception {
        Path in = Files.createDirectories(dir.resolve("locked"));
        Path secret = Files.copy(GOOD_XLSX, in.resolve("secret.xlsx"));
        Files.copy(GOOD_XLSX, in.resolve("good.xlsx"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // As root (CI) permissions do not block reading: there is nothing to test then.
        assumeFalse(Files.isReadable(secret), "running as root: chmod 000 does not block reading, skipped");

        Run run = run("verify", in.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).contains("✗ " + secret + "  无法读取：" + secret + "：无法打开文件")
                .contains("✓ " + in.resolve("good.xlsx"));
    }

    @Test
    void aPreviousYearFileThatPoiCannotOpenIsExplainedByTheReader() throws Exception {
        Path previous = BadFile.EMPTY.make(dir.resolve("去年.xlsx"), GOOD_XLSX);

        Run run = run("verify", "--previous", previous.toString(), GOOD_XLSX.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).contains("提示：上年报表 " + previous + "：不是 Excel 工作簿，看起来是空文件")
                .doesNotContain("zero bytes");
    }

    static void assertNoStackTrace(Run run) {
        assertThat(run.err() + run.out()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    static String name(BadFile bad) {
        return bad.name().toLowerCase() + (bad == BadFile.ENCRYPTED_XLS ? ".xls" : ".xlsx");
    }

    static JsonNode entry(JsonNode files, Path file) {
        for (JsonNode f : files) {
            if (f.get("file").asText().equals(file.toString())) {
                return f;
            }
        }
        throw new AssertionError(file + " is not in the report");
    }

    /** A good file in the corpus reports ok with exactly the values it has read alone. */
    static void assertGoodReturn(JsonNode file, Path original) throws Exception {
        Return alone = new ReturnReader().read(original);
        assertThat(file.get("status").asText()).isEqualTo("ok");
        assertThat(file.get("values").size()).isEqualTo(alone.values().size());
        alone.values().forEach((key, value) ->
                assertThat(new BigDecimal(file.get("values").get(key).asText())).as(key).isEqualByComparingTo(value));
    }

    /** The bad workbooks, a lock file, and two good returns (.xlsx and .xls). */
    Path workbookCorpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("returns"));
        for (BadFile bad : BadFile.values()) {
            bad.make(in.resolve(name(bad)), GOOD_XLSX);
        }
        Files.copy(GOOD_XLSX, in.resolve("good.xlsx"));
        Files.copy(GOOD_XLS, in.resolve("good.xls"));
        Files.copy(GOOD_XLSX, in.resolve("~$good.xlsx"));
        return in;
    }

    /** The bad reports, as .docx and .pdf, and two good ones (text and the seed rendered as HTML). */
    Path extractCorpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("reports"));
        Path goodDocx = Files.write(dir.resolve("good.docx"), BadFile.docx("一、总体情况"));
        for (BadFile bad : BadFile.values()) {
            for (String extension : List.of(".docx", ".pdf")) {
                if (bad != BadFile.DIRECTORY && bad != BadFile.ENCRYPTED_XLS) {
                    bad.make(in.resolve(bad.name().toLowerCase() + extension), goodDocx);
                }
            }
        }
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("noise.html"), BadFile.noise(7L));
        Files.copy(SEED_REPORT, in.resolve("good.txt"));
        return in;
    }
}
