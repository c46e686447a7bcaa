package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Issue 12, point 11: outputs written as one result are all replaced, or none. */
    @Test
    void outputsOfOneResultAreAllReplacedWhenAllAreWritten() throws Exception {
        Path book = Files.writeString(dir.resolve("汇总.xlsx"), "old book");
        Path json = Files.writeString(dir.resolve("报告.json"), "old json");

        SafeOutput.writeAll(List.of(new SafeOutput.Target(book, text("new book")), new SafeOutput.Target(json, text("new json"))), true);

        assertThat(book).hasContent("new book");
        assertThat(json).hasContent("new json");
        assertThat(dir).isDirectoryNotContaining(SafeOutputTest::temporary);
    }

    /** The disk fills up while the second output is written: both outputs stay as they were, no temporary file. */
    @Test
    void whenTheSecondOutputCannotBeWrittenNeitherIsReplaced() throws Exception {
        Path book = Files.writeString(dir.resolve("汇总.xlsx"), "old book");
        Path json = Files.writeString(dir.resolve("报告.json"), "old json");
        SafeOutput.Content full = out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        };

        assertThatThrownBy(() -> SafeOutput.writeAll(List.of(new SafeOutput.Target(book, text("new book")),
                new SafeOutput.Target(json, full)), true)).isInstanceOf(IOException.class);

        assertThat(book).hasContent("old book");
        assertThat(json).hasContent("old json");
        assertThat(dir).isDirectoryNotContaining(SafeOutputTest::temporary);
    }

    /**
     * The second output cannot be moved into place (a folder has taken its name meanwhile): the first,
     * already moved, is put back as it was, and nothing temporary is left.
     */
    @Test
    void whenTheSecondOutputCannotBeMovedIntoPlaceTheFirstIsPutBack() throws Exception {
        Path book = Files.writeString(dir.resolve("汇总.xlsx"), "old book");
        Path json = dir.resolve("报告.json");
        SafeOutput.Content taken = out -> {
            out.write("new json".getBytes(StandardCharsets.UTF_8));
            Files.writeString(Files.createDirectories(json).resolve("inside"), "x");
        };

        assertThatThrownBy(() -> SafeOutput.writeAll(List.of(new SafeOutput.Target(book, text("new book")),
                new SafeOutput.Target(json, taken)), true)).isInstanceOf(IOException.class);

        assertThat(book).hasContent("old book");
        assertThat(json.resolve("inside")).hasContent("x");
        assertThat(dir).isDirectoryNotContaining(SafeOutputTest::temporary);
    }

    /** A new output of a result that cannot be completed is taken away again: nothing half new remains. */
    @Test
    void aNewFirstOutputIsRemovedWhenTheSecondCannotBeMovedIntoPlace() throws Exception {
        Path book = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("报告.json");
        SafeOutput.Content taken = out -> Files.writeString(Files.createDirectories(json).resolve("inside"), "x");

        assertThatThrownBy(() -> SafeOutput.writeAll(List.of(new SafeOutput.Target(book, text("new book")),
                new SafeOutput.Target(json, taken)), true)).isInstanceOf(IOException.class);

        assertThat(book).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(SafeOutputTest::temporary);
    }

    private static SafeOutput.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A temporary file of SafeOutput: hidden, ending .tmp or .old. */
    private static boolean temporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && (name.endsWith(".tmp") || name.endsWith(".old"));
    }
}
