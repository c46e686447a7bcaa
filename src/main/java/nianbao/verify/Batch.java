package nianbao.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.UnreadableException;

/**
 * Reads and verifies many files in parallel on a pool bounded by the cores, one result per file in
 * the order given; a file that fails, or runs out of memory even when read alone, becomes an unreadable
 * result and never stops the others.
 */
public final class Batch {

    /** Reads one file into a return ({@code new ReturnReader()::read}). */
    @FunctionalInterface
    public interface Reader {
        Return read(Path file) throws UnreadableException;
    }

    private Batch() {
    }

    /** Reads, verifies and compares with last year every file; results in the order of {@code files}. */
    public static List<FileResult> verify(List<Path> files, Reader reader, PreviousReturns previous) {
        if (files.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> one(file, reader, previous)));
            }
            List<FileResult> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                results.add(await(files.get(i), futures.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One file: its return verified, or the reason it cannot be read; read once more alone when reading
     * it ran out of memory ({@link MemoryGate}).
     */
    public static FileResult one(Path file, Reader reader, PreviousReturns previous) {
        return MemoryGate.run(() -> verified(file, reader, previous), () -> tooLarge(file));
    }

    /** One file read and verified, or the reason it cannot be read; the caller contains running out of memory. */
    public static FileResult verified(Path file, Reader reader, PreviousReturns previous) {
        try {
            Return r = reader.read(file);
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

    private static FileResult await(Path file, Future<FileResult> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return FileResult.unreadable(FileNames.shown(file), FileNames.shown(file) + "：读取时出错（" + Failure.describe(e.getCause()) + "），未读取");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileResult.unreadable(FileNames.shown(file), FileNames.shown(file) + "：读取时被中断，未读取");
        }
    }
}
