package nianbao.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nianbao.read.FileKind;

/**
 * Expands the FILE_OR_DIR arguments of a command into the files to read and the files passed over,
 * in a stable order. Folders are walked recursively; Office lock files ({@code ~$…}) and hidden
 * files are passed over with a reason; a file named on the command line is always taken.
 */
public final class InputFiles {

    /** The extensions of workbooks nianbao reads. */
    public static final Set<String> WORKBOOKS = Set.of("xlsx", "xlsm", "xls");

    /** A file passed over, and why (in Chinese). */
    public record Skipped(Path file, String reason) {
    }

    /**
     * The result of a walk.
     *
     * @param files the files to read, sorted by path
     * @param skipped the files passed over, sorted by path
     * @param missing arguments that do not exist, as given
     */
    public record Listing(List<Path> files, List<Skipped> skipped, List<Path> missing) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            missing = List.copyOf(missing);
        }
    }

    private InputFiles() {
    }

    /** Walks the arguments for workbooks (.xlsx, .xlsm, .xls). */
    public static Listing workbooks(List<Path> arguments) {
        return walk(arguments, WORKBOOKS);
    }

    /** Walks the arguments, taking files whose extension (lower case) is in {@code extensions}. */
    public static Listing walk(List<Path> arguments, Set<String> extensions) {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                for (Path p : list(arg)) {
                    classify(p, extensions, files, skipped);
                }
            } else if (Files.exists(arg)) {
                files.add(arg);
            } else {
                missing.add(arg);
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        skipped.sort(Comparator.comparing(s -> s.file().toString()));
        return new Listing(files.stream().distinct().toList(), skipped, missing);
    }

    private static void classify(Path p, Set<String> extensions, List<Path> files, List<Skipped> skipped) {
        String name = p.getFileName().toString();
        if (name.startsWith("~$")) {
            skipped.add(new Skipped(p, "Office 临时锁定文件，已跳过"));
        } else if (name.startsWith(".")) {
            skipped.add(new Skipped(p, "隐藏文件，已跳过"));
        } else if (extension(name).equals("ods") && extensions.equals(WORKBOOKS)) {
            skipped.add(new Skipped(p, "LibreOffice 的 .ods 表格，已跳过：" + FileKind.SAVE_AS_XLSX));
        } else if (!extensions.contains(extension(name))) {
            skipped.add(new Skipped(p, "不是可读取的文件类型（" + String.join("、", extensions.stream().sorted().toList()) + "），已跳过"));
        } else {
            files.add(p);
        }
    }

    /** Every file under {@code dir} and every folder named like a workbook, one attribute read per entry. */
    private static List<Path> list(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && hasWorkbookName(d)) {
                        found.add(d);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(dir)) {
                        throw e;
                    }
                    throw new UncheckedIOException(e);
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件夹 " + dir + "：" + e.getMessage(), e);
        }
    }

    /** A folder named like a workbook ({@code x.xlsx/}) is listed, so that it is reported, not lost. */
    private static boolean hasWorkbookName(Path p) {
        return WORKBOOKS.contains(extension(p.getFileName().toString()));
    }

    /** The lower-case extension of a file name, or "" when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
