package nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** A named pipe (FIFO) made with the system's mkfifo: a file that a reader opening it waits on forever. */
public final class NamedPipe {

    private NamedPipe() {
    }

    /** Makes a named pipe at {@code path}; skips the test where the system has no mkfifo. */
    public static Path make(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system, skipped");
            throw e;
        }
        assertThat(p.waitFor()).as("mkfifo " + path).isZero();
        return path;
    }
}
