package nianbao.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one piece of work per file over a fixed number of threads and adds up what each returns. */
final class FileWork {

    /** The work done on one file; returns a count, so that nothing is optimised away. */
    @FunctionalInterface
    interface Task {
        long apply(Path file) throws Exception;
    }

    private FileWork() {
    }

    static long sum(List<Path> files, int threads, Task task) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Long>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> task.apply(file)));
            }
            long total = 0;
            for (Future<Long> f : futures) {
                total += await(f);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long await(Future<Long> future) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
