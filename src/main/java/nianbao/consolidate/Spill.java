package nianbao.consolidate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * A temporary file holding, for each file of a run in order, its 200 values and its findings, so
 * that memory does not grow with the number of returns. Written once, then read back in order as
 * often as needed; deleted on close.
 *
 * <p>An entry is the length of its values block and the block: each value a tag ({@link #ABSENT},
 * {@link #COMPACT}: scale and zigzag varint of the unscaled value, {@link #TEXT}: the decimal's
 * digits); then the length of its findings block and the block. A reader keeps both undecoded until
 * asked.
 */
public final class Spill implements Closeable {

    static final int ABSENT = 0;
    static final int COMPACT = 1;
    static final int TEXT = 2;

    /** Whole values of at most this many digits fit a long without asking for their unscaled BigInteger. */
    private static final int LONG_DIGITS = 18;

    private final Path path;
    private final OutputStream out;
    private byte[] buf = new byte[4096];
    private int pos;
    private int size;

    /**
     * One file's spilled content: values in form order and its findings. The values are held as
     * unscaled longs and scales (a {@link BigDecimal} only for those too long for that), the
     * findings as their bytes until asked for.
     */
    public static final class Entry {

        private final byte[] valueBytes;
        private final byte[] findingBytes;
        private byte[] kinds;
        private long[] unscaled;
        private byte[] scales;
        private BigDecimal[] large;
        private BigDecimal[] values;
        private List<Finding> findings;

        private Entry(byte[] valueBytes, byte[] findingBytes) {
            this.valueBytes = valueBytes;
            this.findingBytes = findingBytes;
        }

        static Entry read(SpillInput in) throws IOException {
            return new Entry(in.readBytes(in.readInt()), in.readBytes(in.readInt()));
        }

        /** The value tags, decoding the values block on first use: a pass that wants only findings never does. */
        private byte[] kinds() {
            if (kinds == null) {
                decodeValues();
            }
            return kinds;
        }

        private void decodeValues() {
            byte[] tags = new byte[Form.SIZE];
            unscaled = new long[Form.SIZE];
            scales = new byte[Form.SIZE];
            try {
                SpillInput in = new SpillInput(valueBytes);
                for (int i = 0; i < Form.SIZE; i++) {
                    tags[i] = (byte) in.readByte();
                    if (tags[i] == COMPACT) {
                        scales[i] = (byte) in.readByte();
                        unscaled[i] = in.readVarLong();
                    } else if (tags[i] == TEXT) {
                        large = large == null ? new BigDecimal[Form.SIZE] : large;
                        large[i] = new BigDecimal(in.readText());
                    } else if (tags[i] != ABSENT) {
                        throw new IOException("spill file damaged: value tag " + tags[i]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kinds = tags;
        }

        /** Whether the value at form index {@code i} is absent. */
        boolean isAbsent(int i) {
            return kinds()[i] == ABSENT;
        }

        /** Whether the value at {@code i} is held as {@link #unscaled} and {@link #scale}. */
        boolean isCompact(int i) {
            return kinds()[i] == COMPACT;
        }

        long unscaled(int i) {
            kinds();
            return unscaled[i];
        }

        int scale(int i) {
            kinds();
            return scales[i];
        }

        /** The value at form index {@code i}, or null where absent. */
        BigDecimal value(int i) {
            return switch (kinds()[i]) {
                case COMPACT -> BigDecimal.valueOf(unscaled[i], scales[i]);
                case TEXT -> large[i];
                default -> null;
            };
        }

        /** Values in form order (null where absent). */
        public BigDecimal[] values() {
            if (values == null) {
                values = new BigDecimal[Form.SIZE];
                for (int i = 0; i < Form.SIZE; i++) {
                    values[i] = value(i);
                }
            }
            return values;
        }

        /** The findings of reading and verifying the file. */
        public List<Finding> findings() {
            if (findings == null) {
                findings = decodeFindings(findingBytes);
            }
            return findings;
        }

        private static List<Finding> decodeFindings(byte[] bytes) {
            try {
                SpillInput in = new SpillInput(bytes);
                int count = (int) in.readVarLong();
                List<Finding> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    list.add(readFinding(in));
                }
                return list;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Finding readFinding(SpillInput in) throws IOException {
            Code code = Code.valueOf(in.readText());
            int keyCount = (int) in.readVarLong();
            List<String> keys = new ArrayList<>(keyCount);
            for (int i = 0; i < keyCount; i++) {
                keys.add(in.readText());
            }
            CellAddress cell = in.readByte() != 0
                    ? new CellAddress(in.readText(), (int) in.readVarLong(), (int) in.readVarLong()) : null;
            return new Finding(code, keys, cell, in.readText(), in.readText(), in.readText());
        }
    }

    /** Reads spilled entries in order. */
    public interface Reader extends Closeable {
        Entry next() throws IOException;
    }

    /** The folder where spill files are made (the system's temporary folder), for messages and the README. */
    public static String folder() {
        return System.getProperty("java.io.tmpdir");
    }

    public Spill() throws IOException {
        path = Files.createTempFile("nianbao-", ".spill");
        path.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }

    /** How many entries have been appended. */
    public int size() {
        return size;
    }

    /**
     * Appends one file's values (those of the return, none when it is null) and findings; returns the
     * entry as a reader will read it back.
     */
    public Entry append(Return values, List<Finding> findings) throws IOException {
        pos = 0;
        int valuesAt = lengthFollows();
        for (int i = 0; i < Form.SIZE; i++) {
            writeValue(values == null ? null : values.valueAt(i));
        }
        endLength(valuesAt);
        int findingsAt = lengthFollows();
        writeVarLong(findings.size());
        for (Finding finding : findings) {
            writeFinding(finding);
        }
        endLength(findingsAt);
        out.write(buf, 0, pos);
        size++;
        return new Entry(Arrays.copyOfRange(buf, valuesAt + 4, findingsAt), Arrays.copyOfRange(buf, findingsAt + 4, pos));
    }

    /** Walks the records of a consolidation with their values and findings, in input order. */
    public void forEach(List<FileRecord> records, Consolidation.Visitor visitor) throws IOException {
        try (Reader reader = reader()) {
            for (FileRecord r : records) {
                visitor.visit(r, reader.next());
            }
        }
    }

    /** Opens a reader over every entry appended so far, from the first. */
    public Reader reader() throws IOException {
        out.flush();
        SpillInput in = new SpillInput(Files.newInputStream(path));
        return new Reader() {
            @Override
            public Entry next() throws IOException {
                return Entry.read(in);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }

    /** A whole value of at most {@link #LONG_DIGITS} digits goes straight to a long; others take {@link #writeOther}. */
    private void writeValue(BigDecimal v) {
        if (v == null) {
            put(ABSENT);
        } else if (v.scale() == 0 && v.precision() <= LONG_DIGITS) {
            put(COMPACT);
            put(0);
            writeVarLong(v.longValue());
        } else {
            writeOther(v);
        }
    }

    private void writeOther(BigDecimal v) {
        if (v.scale() >= Byte.MIN_VALUE && v.scale() <= Byte.MAX_VALUE && v.unscaledValue().bitLength() < 63) {
            put(COMPACT);
            put(v.scale());
            writeVarLong(v.unscaledValue().longValue());
        } else {
            put(TEXT);
            writeText(v.toString());
        }
    }

    /** Leaves room for a block's length; returns where it goes. */
    private int lengthFollows() {
        room(4);
        pos += 4;
        return pos - 4;
    }

    /** Writes the length of the block that started after {@code lengthAt}. */
    private void endLength(int lengthAt) {
        int length = pos - lengthAt - 4;
        for (int i = 0; i < 4; i++) {
            buf[lengthAt + i] = (byte) (length >>> (24 - 8 * i));
        }
    }

    private void writeVarLong(long value) {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            put((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((int) v);
    }

    private void writeFinding(Finding f) {
        writeText(f.code().name());
        writeVarLong(f.keys().size());
        for (String key : f.keys()) {
            writeText(key);
        }
        put(f.cell() == null ? 0 : 1);
        if (f.cell() != null) {
            writeText(f.cell().sheet());
            writeVarLong(f.cell().row());
            writeVarLong(f.cell().column());
        }
        writeText(f.expected());
        writeText(f.actual());
        writeText(f.message());
    }

    private void writeText(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(bytes.length);
        room(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void put(int b) {
        room(1);
        buf[pos++] = (byte) b;
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
