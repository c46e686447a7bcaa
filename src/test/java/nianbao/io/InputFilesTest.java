package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /** The walk lists what a plain {@link Files#walk} following links lists: files, and folders named like workbooks. */
    @Test
    void listsWhatAPlainWalkLists() throws Exception {
        Files.createDirectories(dir.resolve("a/b/c.xlsx/d"));
        Files.writeString(dir.resolve("a/b/c.xlsx/d/e.xlsm"), "");
        Files.writeString(dir.resolve("a/b/f.xls"), "");
        Files.writeString(dir.resolve("a/.g.xlsx"), "");
        Files.writeString(dir.resolve("a/h.csv"), "");
        Files.createDirectories(dir.resolve("elsewhere/x.xlsx"));
        Files.writeString(dir.resolve("elsewhere/i.xlsx"), "");
        Files.createSymbolicLink(dir.resolve("a/linked"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("a/broken.xlsx"), dir.resolve("gone.xlsx"));
        Path root = dir.resolve("a");
        List<Path> walked;
        try (Stream<Path> s = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            walked = s.filter(p -> !p.equals(root))
                    .filter(p -> !Files.isDirectory(p) || InputFiles.WORKBOOKS.contains(InputFiles.extension(p.toString())))
                    .toList();
        }

        InputFiles.Listing listing = InputFiles.workbooks(List.of(root));

        List<Path> listed = new ArrayList<>(listing.files());
        listing.skipped().forEach(s -> listed.add(s.file()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(walked).hasSize(8);
    }
}
