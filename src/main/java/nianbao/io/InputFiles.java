package nianbao.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the FILE_OR_DIR arguments of a command into the files to read and the entries passed over,
 * in a stable order. Folders are walked recursively; only regular files are read: Office lock files
 * ({@code ~$…}), hidden files, pipes, devices, broken links and whatever cannot be read (a link loop, a
 * folder without permission, a path too long) are passed over with a reason, and the walk goes on. A
 * regular file named on the command line is always taken.
 */
public final class InputFiles {

    /** How a LibreOffice user turns an .ods (or any workbook nianbao does not read) into one it reads. */
    public static final String SAVE_AS_XLSX = "请在 LibreOffice 中打开它，选「文件 → 另存为」，「保存类型」选「Excel 2007-365 (.xlsx)」，"
            + "在提示保留格式时选「使用 Excel 2007-365!」，然后提交另存的 .xlsx 文件（用 WPS 或 Excel 另存为 .xlsx 也可以）";

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
            BasicFileAttributes attributes = attributes(arg);
            if (attributes == null) {
                missing.add(arg);
            } else if (attributes.isDirectory()) {
                walkFolder(arg, extensions, files, skipped);
            } else if (attributes.isRegularFile()) {
                files.add(arg);
            } else {
                skipped.add(new Skipped(arg, notAFile(attributes)));
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        skipped.sort(Comparator.comparing(s -> s.file().toString()));
        return new Listing(files.stream().distinct().toList(), skipped, missing);
    }

    /**
     * The attributes of a path given on the command line, following links; a link that leads nowhere
     * (broken, or a loop) its own attributes; null when nothing is there at all.
     */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                return null;
            }
        }
    }

    /** Why an entry that is neither a regular file nor a folder is passed over. */
    private static String notAFile(BasicFileAttributes attributes) {
        return attributes.isSymbolicLink() ? "符号链接指向的文件不存在（或链接构成循环），已跳过"
                : "不是普通文件（可能是命名管道、设备或套接字），已跳过；请提交报表文件本身";
    }

    private static void classify(Path p, BasicFileAttributes attributes, Set<String> extensions, List<Path> files,
            List<Skipped> skipped) {
        String name = p.getFileName().toString();
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            skipped.add(new Skipped(p, notAFile(attributes)));
        } else if (name.startsWith("~$")) {
            skipped.add(new Skipped(p, "Office 临时锁定文件，已跳过"));
        } else if (name.startsWith(".")) {
            skipped.add(new Skipped(p, "隐藏文件，已跳过"));
        } else if (extension(name).equals("ods") && extensions.equals(WORKBOOKS)) {
            skipped.add(new Skipped(p, "LibreOffice 的 .ods 表格，已跳过：" + SAVE_AS_XLSX));
        } else if (!extensions.contains(extension(name))) {
            skipped.add(new Skipped(p, "不是可读取的文件类型（" + String.join("、", extensions.stream().sorted().toList()) + "），已跳过"));
        } else {
            files.add(p);
        }
    }

    /**
     * Every file under {@code dir} and every folder named like a workbook, one attribute read per entry;
     * an entry or a folder that cannot be read is passed over with its reason, and the walk goes on.
     */
    private static void walkFolder(Path dir, Set<String> extensions, List<Path> files, List<Skipped> skipped) {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && hasWorkbookName(d)) {
                        classify(d, attrs, extensions, files, skipped);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    classify(file, attrs, extensions, files, skipped);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.add(new Skipped(file, unwalkable(file, e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        skipped.add(new Skipped(d, "文件夹未能读完（" + Failure.describe(e) + "），其中其余的文件未读取"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new Skipped(dir, unwalkable(dir, e)));
        }
    }

    /** Why an entry of a folder cannot be read: a folder that cannot be opened says that its files were not read. */
    private static String unwalkable(Path p, IOException e) {
        String why = Failure.describe(e);
        return e instanceof FileSystemLoopException ? "符号链接指回了上级文件夹（构成循环），已跳过"
                : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "无法打开文件夹（" + why + "），其中的文件未读取，已跳过"
                : "无法读取（" + why + "），已跳过";
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
