package nianbao.read;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zip part as stored (its compressed bytes, method and CRC): two parts stored alike inflate to the same
 * content, so what was worked out from one holds for the other without inflating it. {@link Memo} keeps
 * such results for the last few parts, since files of one template carry byte-identical parts.
 */
final class PackedPart {

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
    PackedPart copy() {
        return new PackedPart(Arrays.copyOfRange(bytes, start, start + length), 0, length, method, crc);
    }

    /** Results remembered by the part they were worked out from. */
    static final class Memo<T> {
        private static final int REMEMBERED = 8;
        private static final int REMEMBERED_BYTES = 1 << 20;

        private final Map<Long, Known<T>> known = new ConcurrentHashMap<>();

        /** The result worked out from a part stored alike, or null. */
        T get(PackedPart part) {
            Known<T> k = part == null ? null : known.get(part.crc);
            return k != null && k.part.sameAs(part) ? k.value : null;
        }

        void put(PackedPart part, T value) {
            if (part == null || part.length > REMEMBERED_BYTES) {
                return;
            }
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(part.crc, new Known<>(part.copy(), value));
        }

        private record Known<T>(PackedPart part, T value) {
        }
    }
}
