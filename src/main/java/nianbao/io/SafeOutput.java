package nianbao.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an output file so that nothing is ever lost: the bytes go to a temporary file beside the
 * target, which is moved into place only once complete; an existing file is replaced only when
 * forced. A run that fails or is killed leaves the earlier output whole; a run stopped by a signal
 * (Ctrl-C, {@code kill}) also removes its temporary files, and only {@code kill -9} can leave one behind.
 */
public final class SafeOutput {

    /** The temporary files being written now, removed by a shutdown hook if the program is stopped. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /** Set by the shutdown hook: no temporary file may be created after it has run. */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SafeOutput::discardInFlight, "nianbao-safe-output"));
    }

    /** Writes the bytes of one output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeOutput() {
    }

    /**
     * Checks, before any work is done, that the target may be written: its folder exists and is
     * writable, and it does not exist unless {@code force}.
     *
     * @throws OutputRefusedException with a Chinese message naming the path
     */
    public static void check(Path target, boolean force) throws OutputRefusedException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new OutputRefusedException("输出路径 " + target + " 是一个文件夹，请指定文件名");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputRefusedException("输出文件夹 " + (dir == null ? target : dir) + " 不存在，请先创建");
        }
        if (!Files.isWritable(dir)) {
            throw new OutputRefusedException("输出文件夹 " + dir + " 不可写入");
        }
        if (Files.exists(abs) && !force) {
            throw new OutputRefusedException("输出文件 " + target + " 已存在；如确需覆盖，请加 --force");
        }
    }

    /** Why {@code target} may not be written, said before any work is done; empty when it may. */
    public static Optional<String> refusal(Path target, boolean force) {
        try {
            check(target, force);
            return Optional.empty();
        } catch (OutputRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Writes {@code content} to {@code target} through a temporary file in the same folder and an
     * atomic move.
     */
    public static void write(Path target, boolean force, Content content) throws IOException, OutputRefusedException {
        check(target, force);
        Path abs = target.toAbsolutePath().normalize();
        // Not Files.createTempFile: that makes the file owner-only (0600); this one gets the
        // permissions the user's umask gives any new file, as the output would without nianbao.
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = create(tmp, abs)) {
                content.writeTo(out);
            }
            move(tmp, abs, force);
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Creates the temporary file and registers it in one step that the shutdown hook cannot split: a
     * file created once the program is stopping would be left behind (the other threads run on while
     * the hooks do).
     */
    private static OutputStream create(Path tmp, Path target) throws IOException {
        synchronized (IN_FLIGHT) {
            if (stopping) {
                throw new IOException("程序正在退出，未写入 " + target);
            }
            IN_FLIGHT.add(tmp);
            return Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private static void discardInFlight() {
        synchronized (IN_FLIGHT) {
            stopping = true;
            for (Path tmp : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // The program is stopping: nothing more can be done about a file that will not go.
                }
            }
        }
    }

    private static void move(Path tmp, Path target, boolean force) throws IOException, OutputRefusedException {
        try {
            if (force) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target appeared meanwhile, so a race never overwrites.
                Files.createLink(target, tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new OutputRefusedException("输出文件 " + target + " 已存在；如确需覆盖，请加 --force");
        } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            Files.move(tmp, target, force ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0]);
        }
    }
}
