package nianbao.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One reporting season's folder: the received files by content hash ({@value #STORE}), the state listing
 * them ({@value #STATE}), a note for whoever opens the folder, and a folder of temporary files emptied at
 * each start (what a crash left half-received). Every change of the state goes through {@link #change},
 * one at a time, and is on disk before it returns.
 */
public final class Workspace implements AutoCloseable {

    /** The default folder's name, beside the launcher or in the current folder. */
    public static final String DEFAULT_NAME = "nianbao-工作台";
    static final String STORE = "收到的文件";
    static final String STATE = "工作台状态.json";
    static final String TEMP = "临时文件";
    static final String NOTE = "说明.txt";
    static final String LOCK = "工作台.lock";

    private final Path root;
    private final ContentStore store;
    private final StateFile stateFile;
    private final java.nio.channels.FileChannel lock;
    private DeskState state;
    private long revision;

    private Workspace(Path root, ContentStore store, StateFile stateFile, java.nio.channels.FileChannel lock, DeskState state) {
        this.root = root;
        this.lock = lock;
        this.store = store;
        this.stateFile = stateFile;
        this.state = state;
    }

    /**
     * Opens (creating when new) the workspace in {@code root}, for this process alone: a workspace another
     * desk holds open is refused with an {@link IllegalStateException} saying so.
     */
    public static Workspace open(Path root) throws IOException {
        Files.createDirectories(root);
        java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(root.resolve(LOCK),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        try {
            if (!locked(lock)) {
                throw new IllegalStateException("工作台文件夹 " + root.toAbsolutePath() + " 正由另一个工作台使用；请先关闭那个工作台，或用 --workspace 另选文件夹");
            }
            Path temp = root.resolve(TEMP);
            emptyFolder(temp);
            Files.createDirectories(temp);
            writeNote(root.resolve(NOTE), temp);
            StateFile stateFile = new StateFile(root.resolve(STATE), temp);
            return new Workspace(root, new ContentStore(root.resolve(STORE), temp), stateFile, lock, stateFile.load());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Whether this process now holds the workspace (another process, or another desk of this one, may). */
    private static boolean locked(java.nio.channels.FileChannel lock) throws IOException {
        try {
            return lock.tryLock() != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    /** Lets another desk open the workspace. */
    @Override
    public void close() {
        try {
            lock.close();
        } catch (IOException e) {
            // the lock goes with the process in any case
        }
    }

    public Path root() {
        return root;
    }

    ContentStore store() {
        return store;
    }

    Path temp() {
        return root.resolve(TEMP);
    }

    /** Where a stored file's bytes lie. */
    Path path(StoredFile file) {
        return store.resolve(file.blob());
    }

    /** The stored file of this label and kind, or a {@link DeskError} 404 saying there is none. */
    StoredFile file(String label, StoredFile.Kind kind) {
        return state().findByLabel(label == null ? "" : label).filter(f -> f.kind() == kind)
                .orElseThrow(() -> new DeskError(404, "工作台中没有这个文件：" + ShownName.of(label)));
    }

    /** The state as it stands. */
    synchronized DeskState state() {
        return state;
    }

    /** A number that grows with every change of the state: what was computed from a state is good while it stays. */
    synchronized long revision() {
        return revision;
    }

    /** Applies a change to the state and writes it to disk before returning what the change gave. */
    synchronized <T> T change(Function<DeskState, Changed<T>> change) {
        Changed<T> changed = change.apply(state);
        if (changed.state() != state) {
            try {
                stateFile.save(changed.state());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            state = changed.state();
            revision++;
        }
        return changed.value();
    }

    /** A new state and what to answer. */
    record Changed<T>(DeskState state, T value) {
    }

    /** The time now, as the state writes it. */
    static String now() {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static void emptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void writeNote(Path note, Path temp) throws IOException {
        if (!Files.exists(note)) {
            Path written = temp.resolve(NOTE);
            Files.writeString(written, String.join(System.lineSeparator(),
                    "这是 nianbao 工作台的文件夹：一个报送年度的全部材料。",
                    "「" + STORE + "」中是工作台收到的每一个文件（按内容的 SHA-256 命名，同一内容只存一份，从不覆盖或删除）；",
                    "「" + STATE + "」列出每个文件的原名、收到的时间、单位和年度，以及本期的汇总单位、年度和名册。",
                    "请不要改动或删除这些文件；要开始新的年度，请另建一个工作台文件夹（nianbao serve --workspace 文件夹）。",
                    ""), StandardCharsets.UTF_8);
            Files.move(written, note, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
