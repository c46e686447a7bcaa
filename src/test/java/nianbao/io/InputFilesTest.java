package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void walksFoldersForWorkbooksAndSaysWhatItPassedOver() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.xlsx"), "");
        Files.writeString(dir.resolve("sub/a.XLS"), "");
        Files.writeString(dir.resolve("~$b.xlsx"), "");
        Files.writeString(dir.resolve(".hidden.xlsx"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        Files.createDirectories(dir.resolve("odd.xlsx"));

        InputFiles.Listing listing = InputFiles.workbooks(List.of(dir, dir.resolve("missing.xlsx")));

        assertThat(listing.files()).containsExactly(dir.resolve("b.xlsx"), dir.resolve("odd.xlsx"), dir.resolve("sub/a.XLS"));
        assertThat(listing.skipped()).extracting(s -> s.file().getFileName().toString())
                .containsExactly(".hidden.xlsx", "notes.txt", "~$b.xlsx");
        assertThat(listing.missing()).containsExactly(dir.resolve("missing.xlsx"));
    }
}
