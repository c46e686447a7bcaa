package nianbao.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder in the workspace's temporary files for one request's outputs, deleted with what is in it when closed. */
final class TempFolder implements AutoCloseable {

    private final Path path;

    TempFolder(Workspace workspace) throws IOException {
        this.path = Files.createTempDirectory(workspace.temp(), "request");
    }

    Path path() {
        return path;
    }

    /** A fresh name for a file to be written here (the file itself is not made). */
    Path file(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
