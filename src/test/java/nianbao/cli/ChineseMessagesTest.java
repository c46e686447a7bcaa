package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.testing.BadFile;
import nianbao.testing.NoEnglish;
import nianbao.testing.Parts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 13: no English reaches a user. Files that make libraries fail in their own words, a
 * folder given as the roster, a wrong command line: every reason and message is Chinese and says what to
 * do; the library's words appear only with {@code --debug}.
 */
class ChineseMessagesTest {

    static final Path RETURN = Path.of("samples/returns/湛河区教育局.xlsx");
    static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    /** The sample return with its data sheet's XML edited. */
    Path edited(Path folder, String name, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> parts = Parts.of(RETURN);
        String sheet = new String(parts.get(SHEET), StandardCharsets.UTF_8);
        String changed = edit.apply(sheet);
        assertThat(changed).as(name).isNotEqualTo(sheet);
        parts.put(SHEET, changed.getBytes(StandardCharsets.UTF_8));
        return Parts.write(parts, folder.resolve(name));
    }

    /** Returns that make the XML parser, the number parser and the zip reader fail, and the other bad workbooks. */
    Path returns() throws Exception {
        Path in = Files.createDirectories(dir.resolve("returns"));
        edited(in, "nan.xlsx", s -> s.replaceFirst("(<c r=\"D27\"[^>]*>)<v>[^<]*</v>", "$1<v>NaN</v>"));
        edited(in, "dtd.xlsx", s -> s.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x \"y\">]>"));
        edited(in, "row.xlsx", s -> s.replaceFirst("<row r=\"\\d+\"", "<row r=\"abc\""));
        edited(in, "tag.xlsx", s -> s.replaceFirst("</sheetData>", "</sheetDat>"));
        for (BadFile bad : BadFile.values()) {
            bad.make(in.resolve(bad.name().toLowerCase() + ".xlsx"), RETURN);
        }
        return in;
    }

    @Test
    void verifyExplainsEveryBadReturnInChinese() throws Exception {
        Path in = returns();

        Run run = HostileCorpusTest.run("verify", in.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).contains("显示错误值 NaN").contains("含有 DTD 或实体声明").contains("XML 内容不合格式");
        NoEnglish.in(run.out() + run.err(), List.of(in));
    }

    @Test
    void withDebugTheLibrariesOwnWordsAreShownBesideTheChinese() throws Exception {
        Path in = returns();

        Run run = HostileCorpusTest.run("verify", "--debug", in.resolve("tag.xlsx").toString());

        assertThat(run.out()).contains("XML 内容不合格式（技术细节：");
    }

    @Test
    void consolidateExplainsEveryBadReturnInChineseInTheTextAndTheReport() throws Exception {
        Path in = returns();
        Path json = dir.resolve("报告.json");

        Run run = HostileCorpusTest.run("consolidate", in.toString(), "-o", dir.resolve("汇总.xlsx").toString(),
                "--json", json.toString(), "--quiet");

        assertThat(run.code()).isEqualTo(Main.INVALID);
        NoEnglish.in(run.out() + run.err(), List.of(in, dir));
        String reasons = String.join("\n", new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                .findValuesAsText("reason"));
        NoEnglish.in(reasons, List.of(in));
    }

    @Test
    void aFolderGivenAsTheRosterIsSaidInChinese() throws Exception {
        Run run = HostileCorpusTest.run("consolidate", RETURN.toString(), "-o", dir.resolve("汇总.xlsx").toString(),
                "--roster", dir.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("错误：名册 " + dir + " 是一个文件夹；请给出名册文件（.csv 或 .xlsx）" + System.lineSeparator());
        assertThat(dir.resolve("汇总.xlsx")).doesNotExist();
    }

    @Test
    void aRosterThatIsNoRosterIsSaidInChinese() throws Exception {
        Path roster = BadFile.TRUNCATED.make(dir.resolve("名册.xlsx"), RETURN);

        Run run = HostileCorpusTest.run("consolidate", RETURN.toString(), "-o", dir.resolve("汇总.xlsx").toString(),
                "--roster", roster.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("错误：无法读取名册 " + roster);
        NoEnglish.in(run.err(), List.of(roster));
    }

    @Test
    void aWrongCommandLineIsSaidInChinese() {
        for (String[] args : new String[][] {{"verify"}, {"verify", "--bogus", "a.xlsx"}, {"template", "-o", "t.xlsx", "--year", "abcd"},
                {"consolidate", "a.xlsx"}}) {
            Run run = HostileCorpusTest.run(args);

            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            String first = run.err().lines().findFirst().orElseThrow();
            assertThat(first).as(String.join(" ", args)).startsWith("用法错误：");
            NoEnglish.in(first, List.of("a.xlsx", "t.xlsx", "abcd", "FILE_OR_DIR"));
        }
    }

    @Test
    void renderAndExtractExplainBadFilesInChinese() throws Exception {
        Path in = returns();
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path word = Files.write(dir.resolve("good.docx"), BadFile.docx("一、总体情况"));
        BadFile.TRUNCATED.make(reports.resolve("truncated.docx"), word);
        BadFile.RANDOM_BYTES.make(reports.resolve("noise.pdf"), word);
        Files.write(reports.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));

        Run render = HostileCorpusTest.run("render", in.resolve("dtd.xlsx").toString());
        Run extract = HostileCorpusTest.run("extract", reports.toString());

        assertThat(render.code()).isEqualTo(Main.INVALID);
        NoEnglish.in(render.err(), List.of(in));
        assertThat(extract.code()).isEqualTo(Main.INVALID);
        NoEnglish.in(extract.out() + extract.err(), List.of(reports));
    }
}
