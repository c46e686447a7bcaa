package nianbao.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The secret of one start of the desk: 32 random bytes as hex, compared in constant time. */
final class DeskToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private DeskToken(String value) {
        this.value = value;
    }

    static DeskToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new DeskToken(HexFormat.of().formatHex(bytes));
    }

    String value() {
        return value;
    }

    /** Whether {@code offered} is this token; null or any other text is not. */
    boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                offered.getBytes(StandardCharsets.UTF_8));
    }
}
