package nianbao.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output path examined once, so that every input can be told apart from it cheaply: the same file
 * when both exist (same file key, as {@link Files#isSameFile}), else the same normalized absolute path.
 *
 * @param path the output as given
 * @param normal its absolute, normalized path
 * @param exists whether it exists
 * @param fileKey its file key when it exists and the file system gives one, else null
 */
public record OutputTarget(Path path, Path normal, boolean exists, Object fileKey) {

    public static OutputTarget of(Path path) {
        BasicFileAttributes attributes = attributes(path);
        return new OutputTarget(path, path.toAbsolutePath().normalize(), attributes != null,
                attributes == null ? null : attributes.fileKey());
    }

    /** Whether writing the output would overwrite {@code input}. */
    public boolean isSameFile(Path input) {
        if (exists) {
            BasicFileAttributes attributes = attributes(input);
            if (attributes != null) {
                return sameExisting(input, attributes);
            }
        } else if (!mayNormalizeAlike(input)) {
            return false;
        }
        return input.toAbsolutePath().normalize().equals(normal);
    }

    private boolean sameExisting(Path input, BasicFileAttributes attributes) {
        if (fileKey != null && attributes.fileKey() != null) {
            return input.equals(path) || fileKey.equals(attributes.fileKey());
        }
        try {
            return Files.isSameFile(input, path);
        } catch (IOException e) {
            return input.toAbsolutePath().normalize().equals(normal);
        }
    }

    /** False when the last names differ and neither is "." or "..", which normalizing would change. */
    private boolean mayNormalizeAlike(Path input) {
        Path name = input.getFileName();
        Path own = path.getFileName();
        return name == null || own == null || name.equals(own) || isDots(name) || isDots(own);
    }

    private static boolean isDots(Path name) {
        String s = name.toString();
        return s.equals(".") || s.equals("..");
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
