package nianbao.cli;

import static nianbao.cli.HostileCorpusTest.assertNoStackTrace;
import static nianbao.cli.HostileCorpusTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.testing.NamedPipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 9, through the commands: a named pipe called a.xlsx, a link looping back and a broken
 * link in the folder of returns never hang or abort a run; each is listed as skipped with its Chinese
 * reason (in the text and, for consolidate, in the JSON report and the workbook), and the returns beside
 * them are read.
 */
class UnusualEntriesTest {

    static final Path GOOD = Path.of("samples/returns/九龙街道办事处.xlsx");

    @TempDir
    Path dir;

    Path folder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("returns"));
        Files.copy(GOOD, in.resolve("九龙街道办事处.xlsx"));
        NamedPipe.make(in.resolve("a.xlsx"));
        Files.createSymbolicLink(Files.createDirectories(in.resolve("sub")).resolve("up"), in);
        Files.createSymbolicLink(in.resolve("gone.xlsx"), dir.resolve("nowhere.xlsx"));
        return in;
    }

    @Test
    void verifyListsThePipeAndTheLinksAndReadsTheReturn() throws Exception {
        Path in = folder();

        Run run = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> HostileCorpusTest.run("verify", in.toString()));

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        assertNoStackTrace(run);
        assertThat(run.out()).contains("– " + in.resolve("a.xlsx") + "  不是普通文件（可能是命名管道")
                .contains("– " + in.resolve("sub/up") + "  符号链接指回了上级文件夹（构成循环），已跳过")
                .contains("– " + in.resolve("gone.xlsx") + "  符号链接指向的文件不存在")
                .contains("✓ " + in.resolve("九龙街道办事处.xlsx"));
    }

    @Test
    void consolidateListsThePipeAndTheLinksAsSkippedInTheReportAndSumsTheReturn() throws Exception {
        Path in = folder();
        Path json = dir.resolve("报告.json");

        Run run = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> HostileCorpusTest.run("consolidate", in.toString(),
                "-o", dir.resolve("汇总.xlsx").toString(), "--json", json.toString()));

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        assertNoStackTrace(run);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        for (String skipped : new String[] {"a.xlsx", "sub/up", "gone.xlsx"}) {
            JsonNode file = entry(report.get("files"), in.resolve(skipped));
            assertThat(file.get("status").asText()).as(skipped).isEqualTo("skipped");
            assertThat(file.get("reason").asText()).as(skipped).contains("已跳过");
            assertThat(run.out()).contains(in.resolve(skipped) + "：已跳过");
        }
        assertThat(entry(report.get("files"), in.resolve("九龙街道办事处.xlsx")).get("status").asText()).isEqualTo("ok");
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(4);
    }
}
