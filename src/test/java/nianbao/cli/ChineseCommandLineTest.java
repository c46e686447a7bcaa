package nianbao.cli;

import static nianbao.cli.HostileCorpusTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.form.ConsolidatedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line speaks Chinese: every command's help and every usage error, with no English word
 * left but option names, command names, file names, keys and the names of formats and programs.
 */
class ChineseCommandLineTest {

    /** Names of formats, programs and libraries, which stay as they are. */
    private static final Set<String> CODE_WORDS = Set.of("JSON", "Excel", "WPS", "LibreOffice", "POI", "XML", "StAX",
            "XSSFWorkbook", "Markdown", "JVM", "SHA", "jar", "html", "txt", "md", "pdf", "docx", "csv", "xlsx", "xlsm", "xls", "json", "Ctrl");
    /** Options, paths, file names, keys: allowed before looking for English words. */
    private static final Pattern ALLOWED = Pattern.compile(
            "(?<![\\w])--?[A-Za-z][\\w-]*(=\\S*)?" + "|\\S*[/\\\\]\\S*" + "|[\\w.~$-]*\\.[A-Za-z0-9]+" + "|[a-z_]+(\\.[a-z_]+)+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @TempDir
    static Path dir;

    /** Every command, by the words that call it: {@code [], [template], …, [bench, generate], …}. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), List.of(), all);
        return all.stream();
    }

    private static void collect(picocli.CommandLine cmd, List<String> path, List<List<String>> all) {
        all.add(path);
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                List<String> longer = new ArrayList<>(path);
                longer.add(name);
                collect(sub, longer, all);
            }
        });
    }

    @ParameterizedTest(name = "nianbao {0} --help")
    @MethodSource("commands")
    void everyCommandsHelpIsInChinese(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");

        Run run = run(args.toArray(String[]::new));

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).startsWith("用法：nianbao").contains("选项：", "显示本帮助并退出。", "显示版本号并退出。", "退出状态：");
        assertThat(englishWords(run.out(), command)).as(run.out()).isEmpty();
    }

    @Test
    void theHelpCommandShowsACommandsHelpInChinese() {
        Run run = run("help", "consolidate");

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).isEqualTo(run("consolidate", "--help").out());
        assertThat(run("help").out()).contains("命令：").contains("consolidate");
    }

    static Stream<List<String>> usageErrors() {
        String out = dir.resolve("出").toString();
        return Stream.of(
                List.of("consolidat"),
                List.of("verfy", "samples/returns"),
                List.of("xyz"),
                List.of("consolidate"),
                List.of("consolidate", "samples/returns"),
                List.of("verify"),
                List.of("template", "-o", out + ".xlsx", "--year", "abc"),
                List.of("template", "-o", out + ".xlsx", "--year"),
                List.of("template", "-o", out + ".xlsx", "--year", "--force"),
                List.of("template", "-o", out + ".xlsx", "--year", "2024", "--year", "2025"),
                List.of("verify", "--jsno", "samples/returns"),
                List.of("verify", "samples/returns", "--frce"),
                List.of("render", "samples/returns/湛河区教育局.xlsx", "samples/returns/湛河区民政局.xlsx"),
                List.of("render", "samples/returns/湛河区教育局.xlsx", "--format", "pdf"),
                List.of("extract", "samples/seed-report.txt", "--out-dir"),
                List.of("bench", "-n", "abc"),
                List.of("bench", "--mistakes", "x"),
                List.of("bench", "generate"),
                List.of("help", "nosuch"),
                List.of("verify", "no-such-file.xlsx"),
                List.of("consolidate", "samples/returns", "-o", out + ".xls"),
                List.of("consolidate", "samples/returns", "-o", out),
                List.of("consolidate", "samples/returns", "-o", out + ".xlsx", "--json", out + ".txt"),
                List.of("template", "-o", out + ".xls"),
                List.of("extract", "samples/seed-report.txt", "-o", out + ".xls"),
                List.of("render", "samples/returns/湛河区教育局.xlsx", "-o", out + ".pdf"));
    }

    @ParameterizedTest(name = "nianbao {0}")
    @MethodSource("usageErrors")
    void everyUsageErrorIsSaidInChineseWithExitStatus2(List<String> args) {
        Run run = run(args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isEqualTo(Main.USAGE);
        assertThat(run.err()).containsAnyOf("用法错误：", "错误：");
        assertThat(englishWords(run.out() + run.err(), args)).as(run.err()).isEmpty();
        assertThat(dir.resolve("出.xlsx")).as("nothing written").doesNotExist();
    }

    @Test
    void anUnknownCommandIsToldTheNearestOne() {
        assertThat(run("consolidat").err()).contains("没有 consolidat 这个命令。是不是要用 consolidate？");
        assertThat(run("verfy").err()).contains("是不是要用 verify？");
        assertThat(run("verify", "--jsno", "x").err()).contains("没有 --jsno 这个选项。是不是要用 --json？");
        assertThat(run("xyzzy").err()).contains("可用的命令：").contains("consolidate");
    }

    @Test
    void picocliErrorsAreSaidInOwnWords() {
        assertThat(run("consolidate", "samples/returns").err()).contains("缺少必填的选项 -o/--output");
        assertThat(run("template", "-o", "x.xlsx", "--year", "abc").err()).contains("--year 的值「abc」不是整数");
        assertThat(run("template", "-o", "x.xlsx", "--year").err()).contains("选项 --year 后面缺少");
        assertThat(run("template", "-o", "x.xlsx", "--year", "1", "--year", "2").err()).contains("选项 --year 只能给一次");
        assertThat(run("render", "a.xlsx", "b.xlsx").err()).contains("多余的参数：b.xlsx");
        assertThat(run("consolidate", "samples/returns").err()).contains("运行「nianbao consolidate --help」查看用法。");
    }

    @Test
    void versionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>nianbao</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();

        Run run = run("--version");

        assertThat(run.out().strip()).isEqualTo("nianbao " + version.group(1) + "（表式 2021 版）");
    }

    @Test
    void consolidatesHelpNamesEverySheetAndEveryExitStatus() {
        String help = run("consolidate", "--help").out();

        assertThat(help).contains(ConsolidatedLayout.SUMMARY, ConsolidatedLayout.DETAIL, ConsolidatedLayout.CHECKS,
                ConsolidatedLayout.RECEIPT, ConsolidatedLayout.GROUPS, ConsolidatedLayout.YEAR_OVER_YEAR, ConsolidatedLayout.CHARTS);
        assertThat(help.lines().filter(l -> l.matches("  [0-3]   \\S.*")).map(l -> l.substring(2, 3)))
                .containsExactly("0", "1", "2", "3");
    }

    @Test
    void serveIsListedAndItsMistakesAreSaidInChinese() {
        assertThat(run("--help").out()).contains("serve").contains("工作台");
        Run run = run("serve", "--port", "-1", "--no-browser");

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--port 应为 0 至 65535");
    }

    /** The English words of {@code text} once the allowed tokens and the user's own arguments are taken out. */
    static List<String> englishWords(String text, List<String> args) {
        String rest = text;
        for (String arg : args) {
            rest = rest.replace(arg, " ");
        }
        rest = ALLOWED.matcher(rest).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            String w = m.group();
            if (!CODE_WORDS.contains(w) && !commandNames().contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static Set<String> commandNames() {
        return Set.of("nianbao", "help", "template", "verify", "consolidate", "extract", "render", "bench", "generate", "floor", "poi", "serve");
    }

    @Test
    void theDetectorFindsEnglish() {
        assertThat(englishWords("Usage: nianbao [-hV] --output=OUT.xlsx 用法", List.of())).containsExactly("Usage");
        assertThat(englishWords("Missing required option: '--output=<out>'", List.of())).contains("Missing", "required", "option");
        assertThat(englishWords("没有 consolidat 这个命令", List.of("consolidat"))).isEmpty();
    }
}
