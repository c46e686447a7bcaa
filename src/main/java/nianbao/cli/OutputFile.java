package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nianbao.io.InputFiles;

/**
 * The checks every output option gets before any work: a file's extension must be the one its bytes
 * are ({@code -o 汇总.xls} would be an .xlsx under a wrong name), and a missing folder, for a file
 * ({@code -o}, {@code --json}) or as the option's value ({@code --out-dir}, {@code --annotate}), is
 * made, the same way for every option.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Why {@code file}, given to {@code option}, may not be written as a file of {@code extension}
     * (without the dot, e.g. {@code xlsx}); empty when its name ends so (in any case).
     */
    static Optional<String> extensionProblem(Path file, String option, String extension) {
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        String has = InputFiles.extension(shown);
        if (has.equals(extension)) {
            return Optional.empty();
        }
        String stem = has.isEmpty() ? shown : shown.substring(0, shown.length() - has.length() - 1);
        String why = has.isEmpty() ? "没有扩展名" : "的扩展名是 ." + has;
        return Optional.of(option + " " + file + " " + why + "，而写出的是 ." + extension + " 文件；请改用以 ." + extension
                + " 结尾的文件名，例如 " + stem + "." + extension);
    }

    /** {@link #folder} for the folder {@code file} goes in, when it names one. */
    static Optional<String> folderOf(Path file, String option) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Optional.empty() : folder(parent, option);
    }

    /**
     * Makes {@code folder} (and its parents) when it does not exist; why it cannot hold the outputs of
     * {@code option} (a file, not makeable, not writable), or empty.
     */
    static Optional<String> folder(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(option + " 的文件夹 " + folder + " 已是一个文件，不是文件夹");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return Optional.of("无法新建 " + option + " 的文件夹 " + folder + "：上级路径不是文件夹或不可写入");
        }
        return Files.isWritable(folder) ? Optional.empty() : Optional.of(option + " 的文件夹 " + folder + " 不可写入");
    }
}
