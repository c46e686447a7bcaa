package nianbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nianbao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BenchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(List.of("bench", "-n", "0"),                    "-n 须为正整数"),
                Arguments.of(List.of("bench", "-n", "1000,-5"),              "-n 须为正整数"),
                Arguments.of(List.of("bench", "--repeat", "0"),              "--repeat 须为正整数"),
                Arguments.of(List.of("bench", "--mistakes", "1.5"),          "--mistakes 须在 0 到 1 之间"),
                Arguments.of(List.of("bench", "--jar", "no/such.jar"),       "找不到 jar：no/such.jar"),
                Arguments.of(List.of("bench", "generate", "out", "-n", "0"), "-n 须为正整数"),
                Arguments.of(List.of("bench", "floor", "no-such-dir"),       "找不到目录：no-such-dir"),
                Arguments.of(List.of("bench", "poi", "no-such-dir"),         "找不到目录：no-such-dir"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void wrongArgumentsAreRefusedBeforeAnyWork(List<String> args, String message) {
        assertThat(run(args.toArray(String[]::new))).as("exit of %s", args).isEqualTo(Main.USAGE);
        assertThat(err.toString()).as("message of %s", args).contains("错误：" + message);
    }

    @Test
    void generateMissingSizeIsAUsageError() {
        assertThat(run("bench", "generate", dir.toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("用法错误");
    }

    @Test
    void generatedFilesAreReadByTheFloorAndByPoi() throws Exception {
        Path returns = dir.resolve("returns");
        assertThat(run("bench", "generate", returns.toString(), "-n", "4", "--seed", "7", "--mistakes", "0")).isEqualTo(Main.OK);
        try (Stream<Path> files = Files.list(returns)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("000000.xlsx", "000001.xlsx", "000002.xlsx", "000003.xlsx");
        }
        assertThat(run("bench", "floor", returns.toString())).isEqualTo(Main.OK);
        assertThat(run("bench", "poi", returns.toString())).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("已生成 4 份报表").contains("4 个文件，").contains("XML 事件").contains("个单元格");
    }

    @Test
    void gnuTimeReportsAreParsed() {
        String report = "\tUser time (seconds): 12.50\n\tSystem time (seconds): 0.75\n"
                + "\tMaximum resident set size (kbytes): 204800\n";
        assertThat(Measurement.cpuSeconds(report)).isEqualTo(13.25);
        assertThat(Measurement.peakKb(report)).isEqualTo(204_800);
        assertThat(Measurement.peakKb("no report")).isEqualTo(-1);
        assertThat(Measurement.cpuSeconds("no report")).isEqualTo(-1);
        assertThat(new Measurement(1, 1, -1).peakMb()).isEqualTo("?");
    }

    @Test
    void theMedianRunIsReportedWithItsOwnMemory() {
        Measurement median = Measurement.median(List.of(new Measurement(3, 3, 300), new Measurement(1, 1, 100),
                new Measurement(2, 2, 200)));
        assertThat(median).isEqualTo(new Measurement(2, 2, 200));
    }

    @Test
    void theTableGivesRatiosAndRates() {
        Benchmark.Row row = new Benchmark.Row(10_000, new Measurement(4, 6, 400 * 1024),
                Optional.of(new Measurement(40, 70, 700 * 1024)), new Measurement(5, 9, 300 * 1024));
        assertThat(Benchmark.table(List.of(row)))
                .contains("| 10,000 | 4.00 (6.0) | 40.00 (70.0) | 5.00 (9.0) | 1.25× | 8.0× | 2,000 | 400 / 700 / 300 |");
    }
}
