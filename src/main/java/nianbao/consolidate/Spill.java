package nianbao.consolidate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;

/**
 * A temporary file holding, for each file of a run in order, its 200 values and its findings, so
 * that memory does not grow with the number of returns. Written once, then read back in order as
 * often as needed; deleted on close.
 */
public final class Spill implements Closeable {

    private static final int ABSENT = 0;
    private static final int COMPACT = 1;
    private static final int TEXT = 2;

    private final Path path;
    private final DataOutputStream out;
    private int size;

    /** One file's spilled content: values in form order (null where absent) and its findings. */
    public record Entry(BigDecimal[] values, List<Finding> findings) {
    }

    /** Reads spilled entries in order. */
    public interface Reader extends Closeable {
        Entry next() throws IOException;
    }

    public Spill() throws IOException {
        path = Files.createTempFile("nianbao-", ".spill");
        path.toFile().deleteOnExit();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
    }

    /** How many entries have been appended. */
    public int size() {
        return size;
    }

    /** Appends one file's values (any subset of the form's keys) and findings. */
    public void append(Map<String, BigDecimal> values, List<Finding> findings) throws IOException {
        for (Field f : Form.fields()) {
            writeValue(values.get(f.key()));
        }
        out.writeInt(findings.size());
        for (Finding finding : findings) {
            writeFinding(finding);
        }
        size++;
    }

    /** Opens a reader over every entry appended so far, from the first. */
    public Reader reader() throws IOException {
        out.flush();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        return new Reader() {
            @Override
            public Entry next() throws IOException {
                return readEntry(in);
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

    private void writeValue(BigDecimal v) throws IOException {
        if (v == null) {
            out.writeByte(ABSENT);
        } else if (v.scale() >= Byte.MIN_VALUE && v.scale() <= Byte.MAX_VALUE && v.unscaledValue().bitLength() < 63) {
            out.writeByte(COMPACT);
            out.writeByte(v.scale());
            writeVarLong(v.unscaledValue().longValueExact());
        } else {
            out.writeByte(TEXT);
            writeText(v.toString());
        }
    }

    private void writeVarLong(long value) throws IOException {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private void writeFinding(Finding f) throws IOException {
        writeText(f.code().name());
        out.writeInt(f.keys().size());
        for (String key : f.keys()) {
            writeText(key);
        }
        out.writeBoolean(f.cell() != null);
        if (f.cell() != null) {
            writeText(f.cell().sheet());
            out.writeInt(f.cell().row());
            out.writeInt(f.cell().column());
        }
        writeText(f.expected());
        writeText(f.actual());
        writeText(f.message());
    }

    private void writeText(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        BigDecimal[] values = new BigDecimal[Form.SIZE];
        for (int i = 0; i < values.length; i++) {
            values[i] = readValue(in);
        }
        int count = in.readInt();
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            findings.add(readFinding(in));
        }
        return new Entry(values, findings);
    }

    private static BigDecimal readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case ABSENT -> null;
            case COMPACT -> {
                int scale = in.readByte();
                yield BigDecimal.valueOf(readVarLong(in), scale);
            }
            case TEXT -> new BigDecimal(readText(in));
            default -> throw new IOException("spill file damaged: value tag " + tag);
        };
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("spill file damaged: varint too long");
    }

    private static Finding readFinding(DataInputStream in) throws IOException {
        Code code = Code.valueOf(readText(in));
        int keyCount = in.readInt();
        List<String> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys.add(readText(in));
        }
        CellAddress cell = in.readBoolean() ? new CellAddress(readText(in), in.readInt(), in.readInt()) : null;
        return new Finding(code, keys, cell, readText(in), readText(in), readText(in));
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
