package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nianbao.testing.NamedPipe;
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

    /** Issue 12, point 9: a named pipe is never opened (reading it would wait forever); it is listed with its reason. */
    @Test
    void aNamedPipeIsPassedOverNotRead() throws Exception {
        Path fifo = NamedPipe.make(dir.resolve("a.xlsx"));
        Files.writeString(dir.resolve("b.xlsx"), "");

        InputFiles.Listing inFolder = InputFiles.workbooks(List.of(dir));
        InputFiles.Listing named = InputFiles.workbooks(List.of(fifo));

        assertThat(inFolder.files()).containsExactly(dir.resolve("b.xlsx"));
        assertThat(inFolder.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(fifo);
            assertThat(s.reason()).contains("不是普通文件").contains("命名管道");
        });
        assertThat(named.files()).isEmpty();
        assertThat(named.skipped()).extracting(InputFiles.Skipped::file).containsExactly(fifo);
        assertThat(named.missing()).isEmpty();
    }

    /** A link back to a folder above, and a link to itself, are listed as loops; the walk goes on. */
    @Test
    void aSymbolicLinkLoopIsPassedOverAndTheWalkGoesOn() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("up"), dir);
        Files.createSymbolicLink(dir.resolve("self.xlsx"), dir.resolve("self.xlsx"));
        Files.writeString(sub.resolve("a.xlsx"), "");

        InputFiles.Listing listing = InputFiles.workbooks(List.of(dir));

        assertThat(listing.files()).containsExactly(sub.resolve("a.xlsx"));
        assertThat(listing.skipped()).extracting(s -> s.file().getFileName().toString()).containsExactly("self.xlsx", "up");
        assertThat(listing.skipped().get(1).reason()).contains("循环");
        assertThat(listing.skipped()).allSatisfy(s -> assertThat(s.reason()).containsPattern("[\\u4e00-\\u9fff]{4}")
                .doesNotContainPattern("[A-Za-z]{4}"));
    }

    /** A folder whose path is longer than the system allows is listed as such, with what to do; the rest is read. */
    @Test
    void aPathTooLongIsPassedOverAndTheWalkGoesOn() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to make a path longer than PATH_MAX, skipped");
        String name = "d".repeat(200);
        String script = "mkdir deep && cd deep && for i in $(seq 1 25); do mkdir " + name + " && cd -P " + name
                + " || exit 1; done; : > deep.xlsx";
        Process p = new ProcessBuilder("/bin/sh", "-c", script).directory(dir.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        Files.writeString(dir.resolve("a.xlsx"), "");
        try {
            InputFiles.Listing listing = InputFiles.workbooks(List.of(dir));

            assertThat(listing.files()).containsExactly(dir.resolve("a.xlsx"));
            assertThat(listing.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("路径或文件名过长"));
        } finally {
            // Java's own deletion of the temporary folder cannot reach so deep.
            new ProcessBuilder("rm", "-rf", dir.resolve("deep").toString()).inheritIO().start().waitFor();
        }
    }

    /** A folder that cannot be opened is listed with its reason; the files beside it are read. */
    @Test
    void aFolderThatCannotBeOpenedIsPassedOverAndTheWalkGoesOn() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("hidden-from-us.xlsx"), "");
        Files.writeString(dir.resolve("a.xlsx"), "");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // As root (CI) permissions do not block reading a folder: there is nothing to test then.
            assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not block reading, skipped");

            InputFiles.Listing listing = InputFiles.workbooks(List.of(dir));

            assertThat(listing.files()).containsExactly(dir.resolve("a.xlsx"));
            assertThat(listing.skipped()).singleElement().satisfies(s -> {
                assertThat(s.file()).isEqualTo(locked);
                assertThat(s.reason()).contains("无法打开文件夹").contains("没有访问权限").contains("其中的文件未读取");
            });
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
