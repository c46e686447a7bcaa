package nianbao.read.zip;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nianbao.io.Failure;

/**
 * The parts of a zip package, each inflated at most once and under zip-bomb limits: entry count,
 * inflated size per part, and inflation ratio past a grace size. A part is held whole in memory up to
 * {@link #MAX_IN_MEMORY_PART_BYTES}; a larger one can only be streamed. A package already in memory is
 * read from its bytes when it is plain ({@link ZipArray}), otherwise through {@link ZipFile}.
 */
public final class ZipParts implements Closeable {

    public static final int MAX_ENTRIES = 10_000;
    public static final long MAX_PART_BYTES = 100L << 20;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    public static final int MAX_RATIO = 100;
    /** The largest part held whole in memory (a return's parts are a few dozen KB); larger worksheets are streamed. */
    public static final long MAX_IN_MEMORY_PART_BYTES = 16L << 20;

    private final ZipFile zip;
    private final ZipArray array;

    private ZipParts(ZipFile zip, ZipArray array) {
        this.zip = zip;
        this.array = array;
    }

    /** Opens a package from its bytes as read from {@code file}; {@code file} is opened only when they are not plain. */
    public static ZipParts open(Path file, byte[] bytes) throws IOException, ZipLimitException {
        return open(file, bytes, new Inflaters());
    }

    /** {@link #open(Path, byte[])}, its parts inflated with inflaters taken from {@code inflaters} and given back on close. */
    public static ZipParts open(Path file, byte[] bytes, Inflaters inflaters) throws IOException, ZipLimitException {
        Optional<ZipArray> array = ZipArray.of(bytes, inflaters);
        return array.isPresent() ? new ZipParts(null, array.get()) : open(file);
    }

    /** Opens a package, refusing one with more entries than any workbook has. */
    public static ZipParts open(Path file) throws IOException, ZipLimitException {
        ZipFile zip = new ZipFile(file.toFile());
        int entries = zip.size();
        if (entries > MAX_ENTRIES) {
            zip.close();
            throw ZipLimitException.bomb("压缩包内有 " + entries + " 个条目，超过上限 " + MAX_ENTRIES);
        }
        return new ZipParts(zip, null);
    }

    public boolean has(String name) {
        return zip != null ? zip.getEntry(name) != null : array.has(name);
    }

    /** A part's stored bytes, when the package is read from memory and has the part; null otherwise. */
    public PackedPart packed(String name) {
        ZipArray.Entry entry = zip == null ? array.entry(name) : null;
        return entry == null ? null : array.packed(entry);
    }

    /** The inflated size the package declares for a part; -1 when it has no such part or does not say. */
    public long declaredSize(String name) {
        if (zip == null) {
            ZipArray.Entry entry = array.entry(name);
            return entry == null ? -1 : entry.size();
        }
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /**
     * The inflated bytes of a part, or null when the package has no such part; a part larger than
     * {@link #MAX_IN_MEMORY_PART_BYTES} is refused (stream it instead, when it can be).
     */
    public byte[] read(String name) throws IOException, ZipLimitException {
        if (zip == null) {
            ZipArray.Entry entry = array.entry(name);
            if (entry == null) {
                return null;
            }
            byte[] direct = array.inflate(entry);
            return direct != null && withinLimits(direct.length, entry.compressed()) ? direct
                    : read(name, array.open(entry), entry.compressed(), 4L * entry.compressed());
        }
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? null : read(name, zip.getInputStream(entry), entry.getCompressedSize(), entry.getSize());
    }

    /**
     * The inflated content of a part as a stream, under the same limits as {@link #read} but for the
     * in-memory one; null when the package has no such part. The caller closes it. Past a limit it
     * throws a {@link LimitReached} carrying the {@link ZipLimitException}.
     */
    public InputStream stream(String name) throws IOException {
        if (zip == null) {
            ZipArray.Entry entry = array.entry(name);
            return entry == null ? null : new Limited(name, array.open(entry), entry.compressed());
        }
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? null : new Limited(name, zip.getInputStream(entry), entry.getCompressedSize());
    }

    private static byte[] read(String name, InputStream part, long compressedSize, long size)
            throws IOException, ZipLimitException {
        long compressed = Math.max(compressedSize, 1);
        long expected = Math.min(Math.max(size, 1024), MAX_IN_MEMORY_PART_BYTES);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(expected, 1 << 20));
        byte[] buffer = new byte[16384];
        long total = 0;
        try (InputStream in = part) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                checkLimits(name, total, compressed);
                if (total > MAX_IN_MEMORY_PART_BYTES) {
                    throw ZipLimitException.tooLarge(name);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * True when a part of this inflated size passes the limits; as they only grow with the size read, it
     * passed them at every step of a stream too.
     */
    private static boolean withinLimits(long total, long compressedSize) {
        long compressed = Math.max(compressedSize, 1);
        return total <= MAX_PART_BYTES && (total <= RATIO_GRACE_BYTES || total / compressed <= MAX_RATIO);
    }

    private static void checkLimits(String name, long total, long compressed) throws ZipLimitException {
        if (total > MAX_PART_BYTES) {
            throw ZipLimitException.bomb("部件 " + name + " 解压后超过 " + (MAX_PART_BYTES >> 20) + " MB");
        }
        if (total > RATIO_GRACE_BYTES && total / compressed > MAX_RATIO) {
            throw ZipLimitException.bomb("部件 " + name + " 的压缩比超过 " + MAX_RATIO + " 倍");
        }
    }

    /** A part's inflated content as a stream that checks the zip-bomb limits as it goes. */
    private static final class Limited extends FilterInputStream {
        private final String name;
        private final long compressed;
        private long total;

        Limited(String name, InputStream in, long compressedSize) {
            super(in);
            this.name = name;
            this.compressed = Math.max(compressedSize, 1);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            counted(Math.max(n, 0));
            return n;
        }

        private void counted(int n) throws LimitReached {
            total += n;
            try {
                checkLimits(name, total, compressed);
            } catch (ZipLimitException e) {
                throw new LimitReached(e);
            }
        }
    }

    /** A limit reached while a part was streamed, carried through the XML parser as an I/O failure. */
    public static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(ZipLimitException cause) {
            super(cause.getMessage(), cause);
        }

        public ZipLimitException limit() {
            return (ZipLimitException) getCause();
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        } else {
            array.close();
        }
    }

    /** A package past one of the reader's limits; the message is the whole Chinese reason, for after the file's name. */
    public static final class ZipLimitException extends Exception implements Failure.Explained {
        private static final long serialVersionUID = 1L;

        private ZipLimitException(String message) {
            super(message);
        }

        /** A zip-bomb limit: the package is refused as one. */
        static ZipLimitException bomb(String what) {
            return new ZipLimitException("疑似压缩炸弹，已拒绝读取（" + what + "）");
        }

        /** A part too large to hold in memory, that cannot be streamed. */
        static ZipLimitException tooLarge(String name) {
            return new ZipLimitException("部件 " + name + " 解压后超过 " + (MAX_IN_MEMORY_PART_BYTES >> 20)
                    + " MB，超过读取上限，不像是一份年报；请删除多余的工作表或内容后重新保存，再提交");
        }
    }
}
