package nianbao.bench;

import nianbao.form.Form;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Synthetic returns, seeded: a third template-based with cached formula values, a third template-based
 * without them, a third hand-made official tables; a share with a mistake. Each file is a function of
 * the seed and its index alone, so any subset can be regenerated and checked.
 */
final class Generator {

    /**
     * One synthetic return.
     *
     * @param index its position in the run, also its file name
     * @param kind the base it is copied from
     * @param agency its 填报单位
     * @param mistake the mistake in it, or NONE
     * @param shown every key's value as a reader sees it
     */
    record Sample(int index, BaseFile.Kind kind, String agency, Mistake mistake, Map<String, BigDecimal> shown) {

        /** The file name of this return. */
        String fileName() {
            return String.format("%06d.xlsx", index);
        }
    }

    private final long seed;
    private final double mistakes;
    private final Map<BaseFile.Kind, BaseFile> bases = new EnumMap<>(BaseFile.Kind.class);

    /** A generator building its base files now, with POI (a second or so). */
    Generator(long seed, double mistakes) throws IOException {
        if (mistakes < 0 || mistakes > 1) {
            throw new IllegalArgumentException("mistake share out of [0, 1]: " + mistakes);
        }
        this.seed = seed;
        this.mistakes = mistakes;
        for (BaseFile.Kind kind : BaseFile.Kind.values()) {
            bases.put(kind, BaseFile.of(kind));
        }
    }

    /** The return at {@code index}: the same for the same seed, whatever else was generated. */
    Sample sample(int index) {
        Random random = new Random(mix(seed * 1_000_003L + index));
        BaseFile.Kind kind = BaseFile.Kind.values()[index % BaseFile.Kind.values().length];
        List<Mistake> possible = Mistake.possible(kind.cached());
        Mistake mistake = random.nextDouble() < mistakes ? possible.get(random.nextInt(possible.size())) : Mistake.NONE;
        Map<String, BigDecimal> inputs = mistake.inputs(BalancedValues.inputs(random), random);
        Map<String, BigDecimal> shown = mistake.shown(Form.withTotals(inputs), random);
        return new Sample(index, kind, String.format("合成测试单位%06d", index), mistake, shown);
    }

    /** Scrambles neighbouring seeds (the first draws of java.util.Random from close seeds are alike). */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Writes one return's file. */
    void write(Sample sample, OutputStream out) throws IOException {
        Variant.write(bases.get(sample.kind()), sample.agency(), sample.shown(), out);
    }

    /** Writes returns 0..n-1 into {@code dir} on {@code threads} threads; returns the files in order. */
    List<Path> writeAll(Path dir, int n, int threads) throws IOException {
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> writeOne(dir, index)));
            }
            List<Path> files = new ArrayList<>(n);
            for (Future<Path> f : futures) {
                files.add(await(f));
            }
            return files;
        } finally {
            pool.shutdownNow();
        }
    }

    private Path writeOne(Path dir, int index) throws IOException {
        Sample sample = sample(index);
        Path file = dir.resolve(sample.fileName());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(sample, out);
        }
        return file;
    }

    private static Path await(Future<Path> future) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
