package nianbao.model;

import java.util.HexFormat;
import java.util.Objects;

/**
 * What the receipt (清单) says about a file beyond its content: its size, its SHA-256 and when it
 * was last modified.
 *
 * @param size bytes, or -1 when unknown
 * @param sha256 the 32-byte digest, or empty when unknown
 * @param modified last modification time in epoch milliseconds, or 0 when unknown
 */
public record FileFacts(long size, byte[] sha256, long modified) {

    /** Facts of a file that could not be examined. */
    public static final FileFacts UNKNOWN = new FileFacts(-1, new byte[0], 0);

    public FileFacts {
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.clone();
    }

    /** The digest in lower-case hex, or "" when unknown. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }
}
