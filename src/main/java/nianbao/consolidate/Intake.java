package nianbao.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.model.FileResult;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.verify.Batch;
import nianbao.verify.MemoryGate;
import nianbao.verify.PreviousReturns;

/**
 * Reads and verifies files in parallel over the cores with a bounded number in flight, handing each
 * outcome on in input order, so that memory stays flat however many files there are.
 */
public final class Intake {

    /** Takes one file's outcome, in input order. */
    @FunctionalInterface
    public interface Sink {
        void accept(FileResult result, FileFacts facts) throws IOException;
    }

    /** Reads one file into a return from its bytes as just read, or from the file when they are null. */
    @FunctionalInterface
    public interface Reader {
        Return read(Path file, byte[] content) throws UnreadableException;
    }

    private record Outcome(FileResult result, FileFacts facts) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Intake::sha256);

    private Intake() {
    }

    /**
     * Reads every file; {@code progress} is told how many are done after each one.
     *
     * @param threads how many files to read at once
     */
    public static void run(List<Path> files, int threads, Reader reader, PreviousReturns previous, Sink sink,
            IntConsumer progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            Deque<Path> inWindow = new ArrayDeque<>();
            int done = 0;
            for (Path file : files) {
                window.add(pool.submit(() -> one(file, reader, previous)));
                inWindow.add(file);
                if (window.size() >= 4 * threads) {
                    take(window, inWindow, sink);
                    progress.accept(++done);
                }
            }
            while (!window.isEmpty()) {
                take(window, inWindow, sink);
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void take(Deque<Future<Outcome>> window, Deque<Path> files, Sink sink) throws IOException {
        Outcome o = await(window.removeFirst(), files.removeFirst());
        sink.accept(o.result(), o.facts());
    }

    /** A file's outcome; a failure its work did not contain (a defect) makes the file unreadable, saying so. */
    private static Outcome await(Future<Outcome> future, Path file) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return new Outcome(FileResult.unreadable(FileNames.shown(file), FileNames.shown(file) + "：读取时 nianbao 内部出错（" + Failure.describe(e.getCause())
                    + "），未读取；请把这个文件报告给 nianbao 的维护人员"), facts(file));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("读取报表时被中断");
        }
    }

    /**
     * One file read once: its facts from the bytes that are then read into a return; read once more alone
     * when that ran out of memory ({@link MemoryGate}).
     */
    private static Outcome one(Path file, Reader reader, PreviousReturns previous) {
        return MemoryGate.run(() -> read(file, reader, previous), () -> new Outcome(Batch.tooLarge(file), facts(file)));
    }

    private static Outcome read(Path file, Reader reader, PreviousReturns previous) {
        byte[] content = ReturnReader.content(file);
        FileFacts facts = content != null ? facts(file, content) : facts(file);
        return new Outcome(Batch.verified(file, f -> reader.read(f, content), previous), facts);
    }

    /** Size, SHA-256 and modification time of a file whose bytes are {@code content}. */
    static FileFacts facts(Path file, byte[] content) {
        try {
            MessageDigest sha = SHA_256.get();
            sha.reset();
            return new FileFacts(content.length, sha.digest(content), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return FileFacts.UNKNOWN;
        }
    }

    /** Size, SHA-256 and modification time of a file, or unknown when it cannot be examined. */
    static FileFacts facts(Path file) {
        if (!Files.isRegularFile(file)) {
            return FileFacts.UNKNOWN;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = SHA_256.get();
            sha.reset();
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                size += n;
            }
            return new FileFacts(size, sha.digest(), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return FileFacts.UNKNOWN;
        }
    }

    /** A SHA-256 digest of this thread's own, made once per reading thread rather than once per file. */
    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
