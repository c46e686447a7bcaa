package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.cli.HostileCorpusTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 11: the consolidated workbook and its JSON report are one result. When the disk fills up
 * while they are written, both stay as they were, exit status 2, a Chinese message, and no temporary or
 * spill file is left. The full disk is the system's own refusal: the run's file size limit ({@code ulimit
 * -f}) lets the workbook be written and stops the larger JSON report half way.
 */
class OutputsKeptWholeTest {

    static final Path RETURNS = Path.of("samples/returns");
    static final Path BASH = Path.of("/bin/bash");
    /** In KB: more than the workbook of the 18 sample returns (about 40 KB), less than its JSON report (about 200 KB). */
    static final int LIMIT_KB = 100;

    @TempDir
    Path dir;

    @Test
    void whenTheDiskFillsUpWhileTheReportIsWrittenTheWorkbookAndTheReportStayAsTheyWere() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "no /bin/bash to limit the size of the files a run writes, skipped");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path book = out.resolve("汇总.xlsx");
        Path json = out.resolve("报告.json");
        Run first = HostileCorpusTest.run("consolidate", RETURNS.toString(), "-o", book.toString(), "--json", json.toString(),
                "--agency", "旧的汇总", "--quiet");
        assertThat(first.code()).as(first.err()).isEqualTo(Main.INVALID);
        assertThat(Files.size(book)).isLessThan(LIMIT_KB * 1024L);
        assertThat(Files.size(json)).isGreaterThan(LIMIT_KB * 1024L);
        byte[] oldBook = Files.readAllBytes(book);
        byte[] oldJson = Files.readAllBytes(json);

        Run run = SmallHeap.run(dir, List.of(BASH.toString(), "-c", "ulimit -f " + LIMIT_KB + " && exec \"$0\" \"$@\""),
                "consolidate", RETURNS.toString(), "-o", book.toString(), "--json", json.toString(),
                "--agency", "新的汇总", "--force", "--quiet");

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("错误：无法写出 " + book + " 和 " + json + "（文件超过了系统允许的大小")
                .contains("原有的输出文件没有改动").doesNotContain("File too large").doesNotContain("Exception");
        assertThat(Files.readAllBytes(book)).as("the workbook as it was").isEqualTo(oldBook);
        assertThat(Files.readAllBytes(json)).as("the report as it was").isEqualTo(oldJson);
        assertThat(names(out)).containsExactlyInAnyOrder("汇总.xlsx", "报告.json");
        assertThat(names(SmallHeap.temporaryFolder(dir))).as("spill files").isEmpty();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
