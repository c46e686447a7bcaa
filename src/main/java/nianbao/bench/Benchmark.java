package nianbao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nianbao.jit.ShortRunJit;

/**
 * The benchmark: for each size, generates the returns once (kept for reruns), then times in fresh
 * processes, in turn and several times, the floor, POI's usermodel and {@code nianbao consolidate}.
 */
final class Benchmark {

    /**
     * What to run.
     *
     * @param sizes how many returns, one table row each
     * @param work folder for the returns, outputs and the log
     * @param seed the generator's seed
     * @param mistakes share of returns with a mistake
     * @param repeat runs of each measure (the median is reported)
     * @param java the java launcher of the fresh processes
     * @param jar nianbao's jar
     * @param jvmOptions options given to every fresh JVM (e.g. -Xmx256m)
     * @param skipPoi leave POI out (it is slow at large sizes)
     */
    record Options(List<Integer> sizes, Path work, long seed, double mistakes, int repeat, Path java, Path jar,
            List<String> jvmOptions, boolean skipPoi) {
        Options {
            sizes = List.copyOf(sizes);
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    /** The medians for one size; POI absent when skipped. */
    record Row(int n, Measurement floor, Optional<Measurement> poi, Measurement consolidate) {
    }

    private final Options options;
    private final PrintWriter progress;
    private final Processes processes;

    Benchmark(Options options, PrintWriter progress) {
        this.options = options;
        this.progress = progress;
        this.processes = new Processes(options.work().resolve("bench.log"));
    }

    List<Row> run() throws IOException {
        Files.createDirectories(options.work());
        List<Row> rows = new ArrayList<>();
        for (int n : options.sizes()) {
            rows.add(size(n));
        }
        return rows;
    }

    private Row size(int n) throws IOException {
        Path dir = returns(n);
        Path out = options.work().resolve("consolidated-" + n + ".xlsx");
        List<Measurement> floor = new ArrayList<>();
        List<Measurement> poi = new ArrayList<>();
        List<Measurement> consolidate = new ArrayList<>();
        processes.run(worker("floor", dir), 0);
        for (int i = 1; i <= options.repeat(); i++) {
            floor.add(timed("floor", n, i, worker("floor", dir), 0));
            if (!options.skipPoi()) {
                poi.add(timed("poi", n, i, worker("poi", dir), 0));
            }
            consolidate.add(timed("consolidate", n, i, consolidate(dir, out), 0, 1));
        }
        return new Row(n, Measurement.median(floor),
                poi.isEmpty() ? Optional.empty() : Optional.of(Measurement.median(poi)), Measurement.median(consolidate));
    }

    private Measurement timed(String what, int n, int round, List<String> command, int... okExits) throws IOException {
        Measurement m = processes.run(command, okExits);
        progress.printf(Locale.ROOT, "  N=%d %s #%d: %.2f s（CPU %.2f s），%s MB%n", n, what, round, m.seconds(), m.cpuSeconds(),
                m.peakMb());
        progress.flush();
        return m;
    }

    /** The returns of size n, generated unless a previous run left them complete. */
    private Path returns(int n) throws IOException {
        Path dir = options.work().resolve(String.format(Locale.ROOT, "returns-%d-seed%d-mistakes%s", n, options.seed(),
                Double.toString(options.mistakes())));
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            progress.println("生成 " + n + " 份报表到 " + dir + " …");
            progress.flush();
            new Generator(options.seed(), options.mistakes()).writeAll(dir, n, Runtime.getRuntime().availableProcessors());
            Files.writeString(done, "complete\n");
        }
        return dir;
    }

    private List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(options.java().toString());
        command.addAll(options.jvmOptions());
        return command;
    }

    /** A baseline in a fresh JVM with the JVM's own compilers (nianbao's short-run JIT choice left out). */
    private List<String> worker(String what, Path dir) {
        List<String> command = java();
        command.add("-D" + ShortRunJit.PROPERTY + "=default");
        command.addAll(List.of("-cp", options.jar().toString(), "nianbao.cli.Main", "bench", what, dir.toString()));
        return command;
    }

    private List<String> consolidate(Path dir, Path out) {
        List<String> command = java();
        command.addAll(List.of("-jar", options.jar().toString(), "consolidate", dir.toString(), "-o", out.toString(),
                "--quiet", "--force"));
        return command;
    }

    private static String seconds(Measurement m) {
        return String.format(Locale.ROOT, "%.2f (%.1f)", m.seconds(), m.cpuSeconds());
    }

    /** The results as a Markdown table: medians, files per second, peak memory and the two ratios. */
    static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder();
        t.append("| N | floor s (CPU) | POI s (CPU) | consolidate s (CPU) | consolidate / floor | POI / consolidate "
                + "| consolidate files/s | peak MB floor / POI / consolidate |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            double c = r.consolidate().seconds();
            t.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.2f× | %s | %,.0f | %s / %s / %s |%n", r.n(),
                    seconds(r.floor()), r.poi().map(Benchmark::seconds).orElse("—"), seconds(r.consolidate()),
                    c / r.floor().seconds(),
                    r.poi().map(p -> String.format(Locale.ROOT, "%.1f×", p.seconds() / c)).orElse("—"), r.n() / c,
                    r.floor().peakMb(), r.poi().map(Measurement::peakMb).orElse("—"), r.consolidate().peakMb()));
        }
        return t.toString();
    }
}
