package nianbao.consolidate;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the spill's primitives (bytes, zigzag varints, length-prefixed UTF-8) from a stream or from
 * a byte array, through a plain unsynchronized buffer.
 */
final class SpillInput implements Closeable {

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;

    SpillInput(InputStream in) {
        this.in = in;
        this.buf = new byte[1 << 16];
    }

    /** Reads from the bytes alone. */
    SpillInput(byte[] bytes) {
        this.in = InputStream.nullInputStream();
        this.buf = bytes;
        this.limit = bytes.length;
    }

    int readByte() throws IOException {
        if (pos == limit) {
            fill();
        }
        return buf[pos++];
    }

    long readVarLong() throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("spill file damaged: varint too long");
    }

    int readInt() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | readByte() & 0xFF;
        }
        return v;
    }

    byte[] readBytes(int n) throws IOException {
        byte[] bytes = new byte[n];
        int done = Math.min(n, limit - pos);
        System.arraycopy(buf, pos, bytes, 0, done);
        pos += done;
        if (done < n && in.readNBytes(bytes, done, n - done) < n - done) {
            throw new EOFException("spill file damaged: truncated");
        }
        return bytes;
    }

    String readText() throws IOException {
        int n = (int) readVarLong();
        if (n <= limit - pos) {
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
        return new String(readBytes(n), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            throw new EOFException("spill file damaged: truncated");
        }
        pos = 0;
        limit = n;
    }
}
