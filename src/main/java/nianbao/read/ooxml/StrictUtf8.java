package nianbao.read.ooxml;

/**
 * Well-formed UTF-8 as Java's strict decoder (and so StAX) takes it, checked over bytes in place: no
 * decoder, buffer or exception per text on the hot path.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** True when the bytes {@code [from, to)} are well-formed UTF-8 (no overlong form, surrogate or code point past U+10FFFF). */
    static boolean wellFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n = sequence(bytes, i, to, b);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /**
     * The offset after the multi-byte sequence at {@code i} when StAX takes it in text: well formed, and an
     * XML character other than a C1 control (U+0080 to U+009F), U+FFFE or U+FFFF; -1 otherwise.
     */
    static int xmlCharEnd(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int n = sequence(bytes, i, bytes.length, b);
        if (n == 0 || b == 0xC2 && (bytes[i + 1] & 0xFF) < 0xA0
                || b == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFE) == 0xBE) {
            return -1;
        }
        return i + n;
    }

    /** The length of the multi-byte sequence starting at {@code i} with lead byte {@code b}, 0 when malformed. */
    private static int sequence(byte[] bytes, int i, int to, int b) {
        int n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > to) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return n;
    }
}
