package nianbao.read.zip;

import java.util.Arrays;

/**
 * A zip part as stored (its compressed bytes, method and CRC): two parts stored alike inflate to the same
 * content, so what was worked out from one holds for the other without inflating it: files of one
 * template carry byte-identical parts, and what the reader remembers of them is keyed by their copies.
 */
public final class PackedPart {

    private final byte[] bytes;
    private final int start;
    private final int length;
    private final int method;
    private final long crc;

    PackedPart(byte[] bytes, int start, int length, int method, long crc) {
        this.bytes = bytes;
        this.start = start;
        this.length = length;
        this.method = method;
        this.crc = crc;
    }

    /** True when both parts are stored alike, byte for byte. */
    boolean sameAs(PackedPart other) {
        return method == other.method && crc == other.crc
                && Arrays.equals(bytes, start, start + length, other.bytes, other.start, other.start + other.length);
    }

    /** The same part in bytes of its own, so that the package's bytes need not be kept. */
    public PackedPart copy() {
        return new PackedPart(Arrays.copyOfRange(bytes, start, start + length), 0, length, method, crc);
    }

    /** The length of the stored bytes. */
    public int length() {
        return length;
    }

    /** Equal when stored alike ({@link #sameAs}): a key for what was worked out from a part. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PackedPart p && sameAs(p);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(crc) * 31 + length) * 31 + method;
    }
}
