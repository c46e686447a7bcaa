package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFile() throws Exception {
        Path out = dir.resolve("a.xlsx");
        SafeOutput.write(out, false, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(out).hasContent("new");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path out = dir.resolve("a.xlsx");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        SafeOutput.write(out, false, o -> o.write('x'));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path out = Files.writeString(dir.resolve("a.xlsx"), "old");
        assertThatThrownBy(() -> SafeOutput.write(out, false, o -> o.write('x')))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("--force");
        assertThat(out).hasContent("old");
    }

    @Test
    void overwritesWithForce() throws Exception {
        Path out = Files.writeString(dir.resolve("a.xlsx"), "old");
        SafeOutput.write(out, true, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(out).hasContent("new");
    }

    @Test
    void aFailingWriteLeavesTheEarlierOutputWholeAndNoTemporaryFile() throws Exception {
        Path out = Files.writeString(dir.resolve("a.xlsx"), "old");
        assertThatThrownBy(() -> SafeOutput.write(out, true, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(out).hasContent("old");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void saysWhyAnOutputIsRefusedAndNothingWhenItIsNot() throws Exception {
        Path out = Files.writeString(dir.resolve("a.xlsx"), "old");
        assertThat(SafeOutput.refusal(out, false)).hasValueSatisfying(m -> assertThat(m).contains("已存在").contains("--force"));
        assertThat(SafeOutput.refusal(out, true)).isEmpty();
        assertThat(SafeOutput.refusal(dir.resolve("new.xlsx"), false)).isEmpty();
    }

    @Test
    void refusesAMissingFolderBeforeAnyWork() {
        assertThatThrownBy(() -> SafeOutput.check(dir.resolve("no/such/a.xlsx"), false))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("不存在");
    }
}
