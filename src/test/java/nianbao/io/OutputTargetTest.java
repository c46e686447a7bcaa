package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {

    /** The careful comparison it replaces: the same file when both exist, else the same normalized path. */
    private static boolean reference(Path input, Path target) {
        try {
            if (Files.exists(input) && Files.exists(target)) {
                return Files.isSameFile(input, target);
            }
        } catch (IOException e) {
            // fall through to comparing the paths
        }
        return input.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
    }

    @Test
    void agreesWithTheCarefulComparisonOnEveryPair(@TempDir Path dir) throws IOException {
        Path x = Files.writeString(dir.resolve("x.xlsx"), "x");
        Files.writeString(dir.resolve("y.xlsx"), "y");
        Files.createDirectories(dir.resolve("sub"));
        Files.createLink(dir.resolve("hard.xlsx"), x);
        Files.createSymbolicLink(dir.resolve("soft.xlsx"), x);
        Files.createSymbolicLink(dir.resolve("broken.xlsx"), dir.resolve("gone.xlsx"));
        List<Path> paths = new ArrayList<>();
        for (String name : List.of("x.xlsx", "y.xlsx", "hard.xlsx", "soft.xlsx", "broken.xlsx", "missing.xlsx",
                "./x.xlsx", "sub/../x.xlsx", "sub/../missing.xlsx", "sub/..", ".")) {
            paths.add(dir.resolve(name));
        }
        paths.add(dir.resolve("x.xlsx").toAbsolutePath());
        int same = 0;
        for (Path target : paths) {
            OutputTarget examined = OutputTarget.of(target);
            for (Path input : paths) {
                boolean expected = reference(input, target);
                same += expected ? 1 : 0;
                assertThat(examined.isSameFile(input)).as(input + " vs " + target).isEqualTo(expected);
            }
        }
        assertThat(same).as("pairs that are the same file").isGreaterThan(paths.size());
    }
}
