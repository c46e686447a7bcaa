package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {

    @TempDir
    Path dir;

    @Test
    void factsFromTheBytesReadOnceEqualFactsFromTheFile() throws IOException {
        long seed = 11L;
        Seeds.note("IntakeTest", seed);
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
