package nianbao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nianbao.model.Code;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Return;
import nianbao.read.UnreadableException;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one intake: order kept, failures contained, memory bounded, facts from the bytes read once. */
class IntakeTest {

    @TempDir
    Path dir;


    static final long SEED = Seeds.property(99L);

    /** A reader that fails in three ways and otherwise returns a balanced (or, for "bad", broken) return. */
    static Return fakeRead(Path file) throws UnreadableException {
        String name = file.getFileName().toString();
        if (name.startsWith("unreadable")) {
            throw new UnreadableException("文件 " + file + " 不是 Excel 工作簿");
        }
        if (name.startsWith("crash")) {
            throw new IllegalStateException("boom");
        }
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(SEED + name.hashCode()));
        if (name.startsWith("bad")) {
            values.put("review.total", values.get("review.total").add(BigDecimal.ONE));
        }
        Return r = BalancedReturns.of(name, 2024, values);
        return new Return(file.toString(), r.meta(), r.values(), r.cells(), r.findings());
    }

    @Test
    void keepsTheOrderAndGoesOnPastFailures() {
        Seeds.note("IntakeTest", SEED);
        List<Path> files = IntStream.range(0, 12)
                .mapToObj(i -> Path.of("d", List.of("ok", "bad", "unreadable", "crash").get(i % 4) + i + ".xlsx"))
                .toList();

        List<FileResult> results = Intake.results(files, (file, content) -> fakeRead(file), PreviousReturns.NONE);

        assertThat(results).extracting(FileResult::file).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(results).extracting(FileResult::status).containsExactly(
                FileStatus.OK, FileStatus.INVALID, FileStatus.UNREADABLE, FileStatus.UNREADABLE,
                FileStatus.OK, FileStatus.INVALID, FileStatus.UNREADABLE, FileStatus.UNREADABLE,
                FileStatus.OK, FileStatus.INVALID, FileStatus.UNREADABLE, FileStatus.UNREADABLE);
        assertThat(results.get(1).findings()).extracting(f -> f.code()).containsExactly(Code.REVIEW_TOTAL);
        assertThat(results.get(2).reason()).isEqualTo("文件 d/unreadable2.xlsx 不是 Excel 工作簿");
        assertThat(results.get(3).reason()).contains("d/crash3.xlsx").contains("读取时出错").doesNotContain("boom")
                .doesNotContain("Exception");
    }

    /**
     * A file whose reading runs out of memory is read again alone, and then read; one that runs out of
     * memory even alone is unreadable, saying so in Chinese; one too deeply nested likewise; the others
     * read beside them are read as usual.
     */
    @Test
    void aFileThatRunsOutOfMemoryIsReadAgainAloneAndOneThatNeverFitsIsUnreadable() {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        Intake.Reader reader = (file, content) -> {
            String name = file.getFileName().toString();
            if (name.startsWith("huge") || name.startsWith("once") && failedOnce.add(name)) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (name.startsWith("deep")) {
                throw new StackOverflowError();
            }
            return fakeRead(file);
        };
        List<Path> files = IntStream.range(0, 12)
                .mapToObj(i -> Path.of("d", List.of("ok", "once", "huge", "deep").get(i % 4) + i + ".xlsx"))
                .toList();

        List<FileResult> results = Intake.results(files, reader, PreviousReturns.NONE);

        assertThat(results).extracting(FileResult::status).containsExactly(
                FileStatus.OK, FileStatus.OK, FileStatus.UNREADABLE, FileStatus.UNREADABLE,
                FileStatus.OK, FileStatus.OK, FileStatus.UNREADABLE, FileStatus.UNREADABLE,
                FileStatus.OK, FileStatus.OK, FileStatus.UNREADABLE, FileStatus.UNREADABLE);
        assertThat(failedOnce).hasSize(3);
        assertThat(results.get(2).reason()).startsWith("d/huge2.xlsx：文件太大，读取时内存不足").doesNotContain("Error");
        assertThat(results.get(3).reason()).startsWith("d/deep3.xlsx：读取时出错（内容嵌套过深）").doesNotContain("Error");
    }

    @Test
    void addsLastYearsFindingsWhenTheAgencyIsKnown() throws Exception {
        Return copied = fakeRead(Path.of("ok.xlsx"));
        Return lastYear = BalancedReturns.of("ok.xlsx", 2023, copied.values());

        FileResult result = Intake.results(List.of(Path.of("ok.xlsx")), (file, content) -> fakeRead(file), PreviousReturns.of(List.of(lastYear))).get(0);

        assertThat(result.findings()).extracting(f -> f.code()).contains(Code.UNCHANGED_FROM_PREVIOUS);
        assertThat(result.status()).isEqualTo(FileStatus.OK);
    }

    @Test
    void factsFromTheBytesReadOnceEqualFactsFromTheFile() throws IOException {
        long seed = Seeds.take("IntakeTest", 11L);
        byte[] content = new byte[200_000];
        new Random(seed).nextBytes(content);
        Path file = Files.write(dir.resolve("r.xlsx"), content);
        FileFacts once = Intake.facts(file, content);
        FileFacts twice = Intake.facts(file);
        assertThat(once.sha256Hex()).hasSize(64).isEqualTo(twice.sha256Hex());
        assertThat(once.size()).isEqualTo(200_000L).isEqualTo(twice.size());
        assertThat(once.modified()).isPositive().isEqualTo(twice.modified());
    }
}
