package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nianbao.cli.HostileCorpusTest.Run;

/**
 * nianbao run as a user runs it, in a JVM of its own with a small heap ({@code -Xmx256m}, the figure
 * issue 12 names) on the test class path, its output and errors kept in files beside the inputs, its
 * temporary folder ({@code java.io.tmpdir}, where spill files go) {@link #temporaryFolder} of its own.
 */
final class SmallHeap {

    static final String HEAP = "-Xmx256m";

    private SmallHeap() {
    }

    /** The temporary folder of the runs in {@code dir}: empty after every run that ends, but by {@code kill -9}. */
    static Path temporaryFolder(Path dir) {
        return dir.resolve("jvm-tmp");
    }

    /** Runs nianbao with {@code args}; its exit status, standard output and standard error. */
    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, List.of(), args);
    }

    /** Runs nianbao through {@code prefix} (a shell setting a limit, say) with {@code args}. */
    static Run run(Path dir, List<String> prefix, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java, HEAP, "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + Files.createDirectories(temporaryFolder(dir)),
                "-cp", System.getProperty("java.class.path"), "nianbao.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("nianbao %s ended", String.join(" ", args)).isTrue();
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
