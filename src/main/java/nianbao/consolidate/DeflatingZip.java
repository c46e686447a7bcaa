package nianbao.consolidate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written on a thread of its own: the caller opens entries and writes their bytes in order,
 * which are handed over in chunks and deflated there, so that making a part's bytes and compressing
 * them run on two cores. Memory is bounded by a few chunks in flight.
 */
final class DeflatingZip extends OutputStream {

    /** How an entry is compressed: the small parts as usual, the big streamed sheets faster. */
    enum Compression {
        NORMAL(Deflater.DEFAULT_COMPRESSION, Deflater.DEFAULT_STRATEGY),
        FAST(2, Deflater.DEFAULT_STRATEGY);

        private final int level;
        private final int strategy;

        Compression(int level, int strategy) {
            this.level = level;
            this.strategy = strategy;
        }
    }

    private static final int CHUNK = 1 << 18;
    private static final int CHUNKS = 4;

    /** A zip stream whose deflater's strategy can be set per entry. */
    private static final class Zip extends ZipOutputStream {
        Zip(OutputStream out) {
            super(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        }

        void compression(Compression c) {
            setLevel(c.level);
            def.setStrategy(c.strategy);
        }
    }

    /** A step the zip thread runs, in the order handed over. */
    @FunctionalInterface
    private interface Step {
        void run(Zip zip) throws IOException;
    }

    private final Zip zip;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nianbao-deflate");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
    private volatile IOException failure;
    private byte[] chunk;
    private int pos;

    DeflatingZip(OutputStream out) {
        zip = new Zip(out);
        for (int i = 0; i < CHUNKS; i++) {
            free.add(new byte[CHUNK]);
        }
        chunk = free.remove();
    }

    /** Starts the next entry (closing the one before). */
    void entry(String name, Compression compression) throws IOException {
        handOver();
        step(z -> {
            z.compression(compression);
            z.putNextEntry(new ZipEntry(name));
        });
    }

    @Override
    public void write(int b) throws IOException {
        if (pos == CHUNK) {
            handOver();
        }
        chunk[pos++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == CHUNK) {
                handOver();
            }
            int n = Math.min(len, CHUNK - pos);
            System.arraycopy(b, off, chunk, pos, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    /** Writes the zip's directory and waits until every byte is out; the first failure of the zip thread is thrown. */
    void finish() throws IOException {
        handOver();
        step(z -> {
            z.finish();
            z.flush();
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("deflating thread did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the workbook");
        }
        check();
    }

    /** Stops the zip thread if {@link #finish} was not reached; the underlying stream is not closed. */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void handOver() throws IOException {
        if (pos == 0) {
            return;
        }
        byte[] full = chunk;
        int length = pos;
        try {
            chunk = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the workbook");
        }
        pos = 0;
        thread.execute(() -> {
            try {
                if (failure == null) {
                    zip.write(full, 0, length);
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
            } finally {
                free.add(full);
            }
        });
        check();
    }

    private void step(Step step) throws IOException {
        thread.execute(() -> {
            try {
                if (failure == null) {
                    step.run(zip);
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        });
        check();
    }

    private void fail(Exception e) {
        failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
    }

    private void check() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
