package nianbao.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;

/**
 * The one way files are read and verified: in parallel over the cores with a bounded number in flight,
 * each outcome handed on in input order, so that memory stays flat however many files there are; a file
 * that fails, or runs out of memory even when read alone, becomes an unreadable result and never stops
 * the others.
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

    /** Reads every file with {@code threads} at once, handing each outcome to {@code sink} in input order. */
    public static void run(List<Path> files, int threads, Reader reader, PreviousReturns previous, Sink sink) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        int pool = Math.max(1, Math.min(threads, files.size()));
        ExecutorService executor = Executors.newFixedThreadPool(pool);
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            Deque<Path> inWindow = new ArrayDeque<>();
            for (Path file : files) {
                window.add(executor.submit(() -> one(file, reader, previous)));
                inWindow.add(file);
                if (window.size() >= 4 * pool) {
                    take(window, inWindow, sink);
                }
            }
            while (!window.isEmpty()) {
                take(window, inWindow, sink);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** Every file's result in input order, held in memory: for a handful of files (tests, last year's returns). */
    public static List<FileResult> results(List<Path> files, Reader reader, PreviousReturns previous) {
        List<FileResult> results = new ArrayList<>();
        try {
            run(files, Runtime.getRuntime().availableProcessors(), reader, previous, (result, facts) -> results.add(result));
        } catch (IOException e) {
            throw new IllegalStateException("a sink that only collects cannot fail", e);
        }
        return results;
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
        return MemoryGate.run(() -> read(file, reader, previous), () -> new Outcome(tooLarge(file), facts(file)));
    }

    private static Outcome read(Path file, Reader reader, PreviousReturns previous) {
        byte[] content = ReturnReader.content(file);
        FileFacts facts = content != null ? facts(file, content) : facts(file);
        return new Outcome(verified(file, content, reader, previous), facts);
    }

    /** One file read and verified, or the reason it cannot be read; the caller contains running out of memory. */
    static FileResult verified(Path file, byte[] content, Reader reader, PreviousReturns previous) {
        try {
            Return r = reader.read(file, content);
            List<Finding> findings = new ArrayList<>(Verifier.verify(r));
            findings.addAll(previous.compare(r));
            return FileResult.of(r, findings);
        } catch (UnreadableException e) {
            return FileResult.unreadable(FileNames.shown(file), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.unreadable(FileNames.shown(file), FileNames.shown(file) + "：读取时出错（" + Failure.describe(e) + "），未读取；"
                    + "请用 Excel 或 WPS 打开后重新保存，再提交；如仍出错，请把这个文件报告给 nianbao 的维护人员");
        }
    }

    /** The result of a file that could not be read in the memory there is, even alone. */
    public static FileResult tooLarge(Path file) {
        return FileResult.unreadable(FileNames.shown(file), FileNames.shown(file) + "：文件太大，读取时内存不足（本次运行最多可用 "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB 内存），未读取；请删除多余的行、列或工作表后重新保存，再提交");
    }

    /** Size, SHA-256 and modification time of a file whose bytes are {@code content}. */
    public static FileFacts facts(Path file, byte[] content) {
        try {
            MessageDigest sha = SHA_256.get();
            sha.reset();
            return new FileFacts(content.length, sha.digest(content), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return FileFacts.UNKNOWN;
        }
    }

    /** Size, SHA-256 and modification time of a file, or unknown when it cannot be examined. */
    public static FileFacts facts(Path file) {
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
