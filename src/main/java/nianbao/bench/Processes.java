package nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a fresh process under GNU time ({@code /usr/bin/time -v}) when installed, timing
 * the whole process from the outside; its output goes to a log file, never to the console.
 */
final class Processes {

    static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path log;

    Processes(Path log) {
        this.log = log;
    }

    /** Runs {@code command}; fails unless it exits with one of {@code okExits}. */
    Measurement run(List<String> command, int... okExits) throws IOException {
        Path report = Files.createTempFile("nianbao-bench-time-", ".txt");
        try {
            List<String> full = new ArrayList<>();
            if (Files.isExecutable(GNU_TIME)) {
                full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", report.toString()));
            }
            full.addAll(command);
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long start = System.nanoTime();
            int exit = waitFor(pb.start());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (java.util.Arrays.stream(okExits).noneMatch(e -> e == exit)) {
                throw new IOException("命令退出码为 " + exit + "（详见 " + log + "）：" + String.join(" ", command));
            }
            String times = Files.readString(report, StandardCharsets.UTF_8);
            return new Measurement(seconds, Measurement.cpuSeconds(times), Measurement.peakKb(times));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static int waitFor(Process p) throws IOException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
