package nianbao.read.zip;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A zip package already in memory, read through its central directory. Only plain packages are
 * accepted (one disk, no zip64, no encryption, stored or deflated entries, ASCII names, every local
 * header where the directory says); anything else is left to {@link java.util.zip.ZipFile}, so its
 * checks and messages stay the reference. Read by one thread at a time; {@link #close} gives its inflater back.
 */
final class ZipArray implements Closeable {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int CEN = 0x02014b50;
    private static final int LOC = 0x04034b50;

    private static final long DIRECT_BYTES = 8L << 20;

    private final byte[] bytes;
    private final Map<String, Entry> entries;
    private final Inflaters inflaters;
    /** The inflater of {@link #inflate}, taken on first use and reused for every part, given back by {@link #close}. */
    private Inflater inflater;

    private ZipArray(byte[] bytes, Map<String, Entry> entries, Inflaters inflaters) {
        this.bytes = bytes;
        this.entries = entries;
        this.inflaters = inflaters;
    }

    /** One entry: where its data starts, how it is stored, the CRC and size its directory record gives. */
    record Entry(int method, int start, int compressed, long crc, long size) {
    }

    /** The package, or empty when it is anything but plain. */
    static Optional<ZipArray> of(byte[] bytes) {
        return of(bytes, new Inflaters());
    }

    /** The package, its parts inflated with inflaters from {@code inflaters}; empty when it is anything but plain. */
    static Optional<ZipArray> of(byte[] bytes, Inflaters inflaters) {
        int end = endRecord(bytes);
        if (end < 0 || end >= 20 && u32(bytes, end - 20) == ZIP64_LOCATOR) {
            return Optional.empty();
        }
        int count = u16(bytes, end + 10);
        long size = u32(bytes, end + 12);
        long offset = u32(bytes, end + 16);
        boolean plain = u16(bytes, end + 4) == 0 && u16(bytes, end + 6) == 0 && u16(bytes, end + 8) == count
                && count <= ZipParts.MAX_ENTRIES && offset + size == end;
        return plain ? directory(bytes, (int) offset, count, end).map(e -> new ZipArray(bytes, e, inflaters)) : Optional.empty();
    }

    private static int endRecord(byte[] bytes) {
        for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xFFFF); at--) {
            if (u32(bytes, at) == EOCD && at + 22 + u16(bytes, at + 20) <= bytes.length) {
                return at;
            }
        }
        return -1;
    }

    private static Optional<Map<String, Entry>> directory(byte[] bytes, int at, int count, int end) {
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || u32(bytes, at) != CEN) {
                return Optional.empty();
            }
            int name = u16(bytes, at + 28);
            int next = at + 46 + name + u16(bytes, at + 30) + u16(bytes, at + 32);
            Entry entry = next <= end ? entry(bytes, at) : null;
            String key = entry == null ? null : asciiName(bytes, at + 46, name);
            if (key == null || entries.putIfAbsent(key, entry) != null) {
                return Optional.empty();
            }
            at = next;
        }
        return at == end ? Optional.of(entries) : Optional.empty();
    }

    /** The entry a directory record describes, or null when it is not plain or its local header is off. */
    private static Entry entry(byte[] bytes, int at) {
        int flags = u16(bytes, at + 8);
        int method = u16(bytes, at + 10);
        long compressed = u32(bytes, at + 20);
        long size = u32(bytes, at + 24);
        long local = u32(bytes, at + 42);
        boolean plain = (flags & 1) == 0 && (method == 8 || method == 0 && compressed == size)
                && compressed < Integer.MAX_VALUE && size != 0xFFFFFFFFL && local + 30 <= bytes.length;
        if (!plain || u32(bytes, (int) local) != LOC) {
            return null;
        }
        long start = local + 30 + u16(bytes, (int) local + 26) + u16(bytes, (int) local + 28);
        return start + compressed <= bytes.length ? new Entry(method, (int) start, (int) compressed, u32(bytes, at + 16), size)
                : null;
    }

    private static String asciiName(byte[] bytes, int from, int length) {
        char[] name = new char[length];
        for (int i = 0; i < length; i++) {
            byte b = bytes[from + i];
            if (b <= 0) {
                return null;
            }
            name[i] = (char) b;
        }
        return new String(name);
    }

    /** True when the package has the entry, or the directory of that name. */
    boolean has(String name) {
        return entries.containsKey(name) || entries.containsKey(name + "/");
    }

    /** The entry of that name, or null. */
    Entry entry(String name) {
        return entries.get(name);
    }

    /** An entry's stored bytes in place, to recognise a part seen before without inflating it. */
    PackedPart packed(Entry entry) {
        return new PackedPart(bytes, entry.start(), entry.compressed(), entry.method(), entry.crc());
    }

    /**
     * The content of an entry inflated in one call into an array of the size its directory record gives,
     * or null when that is not exactly its content (or it is large): then {@link #open} streams it.
     */
    byte[] inflate(Entry entry) {
        if (entry.size() > DIRECT_BYTES || entry.size() == 0) {
            return null;
        }
        if (entry.method() == 0) {
            return Arrays.copyOfRange(bytes, entry.start(), entry.start() + entry.compressed());
        }
        if (inflater == null) {
            inflater = inflaters.take();
        } else {
            inflater.reset();
        }
        inflater.setInput(bytes, entry.start(), entry.compressed());
        byte[] out = new byte[(int) entry.size()];
        try {
            int n = inflater.inflate(out);
            return n == out.length && inflater.finished() ? out : null;
        } catch (DataFormatException e) {
            return null;
        }
    }

    /** The inflated content of an entry, as a stream; the caller closes it. */
    InputStream open(Entry entry) {
        InputStream raw = new ByteArrayInputStream(bytes, entry.start(), entry.compressed());
        if (entry.method() == 0) {
            return raw;
        }
        Inflater inflater = new Inflater(true);
        return new InflaterInputStream(raw, inflater, 8192) {
            private boolean ended;

            /** Like ZipFile's own stream: one dummy byte after the data, which raw inflation may ask for. */
            @Override
            protected void fill() throws IOException {
                if (ended) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                len = in.read(buf, 0, buf.length);
                if (len == -1) {
                    buf[0] = 0;
                    len = 1;
                    ended = true;
                }
                inf.setInput(buf, 0, len);
            }

            @Override
            public void close() throws IOException {
                super.close();
                inflater.end();
            }
        };
    }

    /** Gives the inflater back (the package's bytes are the caller's). */
    @Override
    public void close() {
        if (inflater != null) {
            inflaters.give(inflater);
            inflater = null;
        }
    }

    private static int u16(byte[] b, int at) {
        return at + 2 <= b.length ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : -1;
    }

    private static long u32(byte[] b, int at) {
        return at >= 0 && at + 4 <= b.length
                ? (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24
                : -1;
    }
}
