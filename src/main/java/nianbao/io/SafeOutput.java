package nianbao.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes output files so that nothing is ever lost: the bytes go to a temporary file beside the target,
 * which is moved into place only once complete; an existing file is replaced only when forced; outputs
 * that make one result are all replaced or none ({@link #writeAll}). A run that fails or is killed leaves
 * the earlier outputs whole; a run stopped by a signal (Ctrl-C, {@code kill}) also removes its temporary
 * files, and only {@code kill -9} can leave one behind (a hidden {@code .…tmp} or {@code .…old} file).
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
        writeAll(List.of(new Target(target, content)), force);
    }

    /**
     * One output of a result: where it goes and how its bytes are written.
     *
     * @param path the output file
     * @param content writes its bytes
     */
    public record Target(Path path, Content content) {
        public Target {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Writes several outputs as one result (a workbook and its JSON report): each to a temporary file
     * beside it, and only once all are complete, all moved into place; when one cannot be written or
     * moved, those already moved are put back as they were. The outputs are then all new, or all as they
     * were before, whatever failed (a full disk, a folder taken away) and whenever the program is stopped,
     * but by {@code kill -9}.
     */
    public static void writeAll(List<Target> targets, boolean force) throws IOException, OutputRefusedException {
        for (Target t : targets) {
            check(t.path(), force);
        }
        List<Path> finals = targets.stream().map(t -> t.path().toAbsolutePath().normalize()).toList();
        List<Path> temporaries = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                Path tmp = sibling(finals.get(i), ".tmp");
                temporaries.add(tmp);
                try (OutputStream out = create(tmp, finals.get(i))) {
                    targets.get(i).content().writeTo(out);
                }
            }
            commit(temporaries, finals, force);
        } finally {
            for (Path tmp : temporaries) {
                discard(tmp);
            }
        }
    }

    /**
     * Moves every temporary file into place, each replaced file kept aside (a hard link, or the file
     * renamed) until all are in place; on a failure the files moved are put back. Done while the shutdown
     * hook waits, so that a program stopped meanwhile never leaves half of the outputs new.
     */
    private static void commit(List<Path> temporaries, List<Path> finals, boolean force)
            throws IOException, OutputRefusedException {
        synchronized (IN_FLIGHT) {
            if (stopping) {
                throw new IOException("程序正在退出，未写入 " + finals);
            }
            List<Path> before = new ArrayList<>();
            int moved = 0;
            try {
                for (; moved < finals.size(); moved++) {
                    before.add(keepAside(finals.get(moved)));
                    move(temporaries.get(moved), finals.get(moved), force);
                }
            } catch (IOException | OutputRefusedException | RuntimeException e) {
                putBack(finals, before, moved);
                throw e;
            }
            for (Path old : before) {
                if (old != null) {
                    discard(old);
                }
            }
        }
    }

    /**
     * Keeps the file now at {@code target} aside under a temporary name, to be put back if the result
     * cannot be completed: a hard link to it, or, where links are not supported, the file itself moved
     * there. Null when there is no file at {@code target}.
     */
    private static Path keepAside(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        Path aside = sibling(target, ".old");
        IN_FLIGHT.add(aside);
        try {
            Files.createLink(aside, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        return aside;
    }

    /** Undoes the moves of the first {@code moved} outputs (and of the one being moved): each back as it was. */
    private static void putBack(List<Path> finals, List<Path> before, int moved) {
        for (int i = Math.min(moved, before.size() - 1); i >= 0; i--) {
            try {
                if (before.get(i) != null) {
                    Files.move(before.get(i), finals.get(i), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    IN_FLIGHT.remove(before.get(i));
                } else if (i < moved) {
                    Files.deleteIfExists(finals.get(i));
                }
            } catch (IOException e) {
                // The earlier file stays in its temporary name beside the output, where the README says to look.
                IN_FLIGHT.remove(before.get(i));
            }
        }
    }

    /** A new temporary name beside {@code target}: hidden, random, with its suffix. */
    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
    }

    private static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // Left behind: the README says these hidden .tmp files may be deleted.
        } finally {
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Creates the temporary file and registers it in one step that the shutdown hook cannot split: a
     * file created once the program is stopping would be left behind (the other threads run on while
     * the hooks do).
     */
    private static OutputStream create(Path tmp, Path target) throws IOException {
        // Not Files.createTempFile: that makes the file owner-only (0600); this one gets the
        // permissions the user's umask gives any new file, as the output would without nianbao.
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
