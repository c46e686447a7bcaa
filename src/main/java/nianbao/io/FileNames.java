package nianbao.io;

import java.io.File;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * How a file's path is shown, and how a shown path is taken back. On Linux a file name is bytes, and
 * one that is not UTF-8 (GBK names from a zip or a Windows share) would show as 「����.xlsx」, the same
 * for every such file: its bytes that are not UTF-8 are shown escaped ({@code \xBA\xFE.xlsx}), and that
 * escaped form, given on the command line or read back from a report, names the file again.
 */
public final class FileNames {

    private static final char REPLACEMENT = '\uFFFD';
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private FileNames() {
    }

    /** The path as text, its bytes that are not UTF-8 escaped as {@code \xBA}. */
    public static String shown(Path path) {
        String text = path.toString();
        if (text.indexOf(REPLACEMENT) < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        if (path.getRoot() != null) {
            shown.append(path.getRoot());
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            if (i > 0) {
                shown.append(path.getFileSystem().getSeparator());
            }
            String name = path.getName(i).toString();
            shown.append(name.indexOf(REPLACEMENT) < 0 ? name : escaped(bytes(path.getName(i))));
        }
        return shown.toString();
    }

    /**
     * The path a text names: the text itself when such a file exists or the text has no {@code \x}
     * escape; else, on a file system of byte names, the path whose bytes the escapes give.
     */
    public static Path named(String text) {
        Path plain = Path.of(text);
        if (!text.contains("\\x") || File.separatorChar != '/' || Files.exists(plain)) {
            return plain;
        }
        try {
            byte[] bytes = unescaped(text);
            Path here = Path.of("").toAbsolutePath();
            String prefix = text.startsWith("/") ? "" : here.toUri().getRawPath();
            Path absolute = Path.of(URI.create("file://" + prefix + (prefix.endsWith("/") ? "" : "/") + percentEncoded(bytes)));
            return text.startsWith("/") ? absolute : here.relativize(absolute);
        } catch (IllegalArgumentException e) {
            return plain;
        }
    }

    /** The bytes of a one-name path, as the file system holds them (a file URI keeps them, percent-encoded). */
    private static byte[] bytes(Path name) {
        String raw = name.toAbsolutePath().toUri().getRawPath();
        String last = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        return percentDecoded(last.substring(last.lastIndexOf('/') + 1));
    }

    /** UTF-8 text, each byte that is not part of a UTF-8 character written {@code \xBA}. */
    static String escaped(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StringBuilder text = new StringBuilder();
        while (in.hasRemaining()) {
            CoderResult result = decoder.decode(in, out, true);
            text.append(out.flip());
            out.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    text.append("\\x").append(HEX.toHexDigits(in.get()));
                }
            }
        }
        return text.toString();
    }

    /** The bytes {@link #escaped} text stands for: its characters in UTF-8, each {@code \xBA} the one byte. */
    static byte[] unescaped(String text) {
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 4);
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length() && isHex(text, i + 2, i + 4)) {
                bytes.put((byte) HexFormat.fromHexDigits(text, i + 2, i + 4));
                i += 4;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                bytes.put(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        byte[] result = new byte[bytes.position()];
        bytes.flip().get(result);
        return result;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A URI path of these bytes: {@code /} and unreserved ASCII as they are, every other byte {@code %BA}. */
    private static String percentEncoded(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
                s.append(c);
            } else {
                s.append('%').append(HEX.toHexDigits(b));
            }
        }
        return s.toString();
    }

    private static byte[] percentDecoded(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 3 <= raw.length()) {
                bytes.put((byte) HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        byte[] result = new byte[bytes.position()];
        bytes.flip().get(result);
        return result;
    }
}
