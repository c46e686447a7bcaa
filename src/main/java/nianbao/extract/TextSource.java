package nianbao.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.read.UnreadableException;

/**
 * Reads a published report saved as text (copied from a web page, or a PDF through pdftotext):
 * UTF-8 with or without a byte-order mark, UTF-16 with one, or else GB18030 (which covers GBK).
 */
final class TextSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextSource() {
    }

    static PrintedReport read(Path file) throws UnreadableException {
        try {
            return parse(FileNames.shown(file), decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UnreadableException("无法读取文件 " + file + "（" + Failure.describe(e) + "）", e);
        }
    }

    /** Splits text into rows: one per line, cells at tabs and white space. */
    static PrintedReport parse(String source, String text) {
        List<PrintedRow> rows = Arrays.stream(text.split("\\R", -1))
                .map(line -> PrintedRow.text(List.of(line)))
                .filter(r -> !r.cells().isEmpty())
                .toList();
        return new PrintedReport(source, rows);
    }

    /** Decodes by byte-order mark, else as UTF-8 when the bytes are valid UTF-8, else as GB18030. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
