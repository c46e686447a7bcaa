package nianbao.consolidate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nianbao.model.CellAddress;

/**
 * Rows of one worksheet written straight as SpreadsheetML (UTF-8 bytes) into a part of the output
 * package: text as inline strings (never a formula), numbers as {@code <v>}; no object per cell, no
 * temporary file. Numbers held as an unscaled long and a scale are printed from their digits.
 */
final class SheetRows {

    /** The height of a line of text at the default size, in points. */
    static final double LINE_POINTS = 15;

    /** Excel's limit on the length of a cell's text. */
    static final int MAX_TEXT = 32_767;

    private static final byte[][] COLUMNS = columns(16_384);
    private static final byte[] CELL = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] NUMBER = ascii("\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] TEXT = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final byte[] ROW_END = ascii("</row>");

    private final OutputStream out;
    private final List<String> merged = new ArrayList<>();
    private final byte[] buf = new byte[1 << 16];
    private final byte[] rowDigits = new byte[20];
    private final byte[] digits = new byte[Byte.MAX_VALUE + 20];
    private int rowLength;
    private int pos;
    private int next;
    private int style;

    SheetRows(OutputStream out) {
        this.out = out;
    }

    /** How many rows were written; the next row is at this index. */
    int count() {
        return next;
    }

    /** Writes the next row: a String as text, a number as a number, null as no cell; {@code style} 0 is none. */
    void row(int style, double height, Object... values) throws IOException {
        start(style, height);
        for (int c = 0; c < values.length; c++) {
            value(c, values[c]);
        }
        end();
    }

    /** Writes the next row hidden, e.g. the keys kept for machines under a header people read. */
    void hiddenRow(int style, Object... values) throws IOException {
        int r = next + 1;
        raw("<row r=\"" + r + "\" hidden=\"1\">");
        next = r;
        style(style, r);
        for (int c = 0; c < values.length; c++) {
            value(c, values[c]);
        }
        end();
    }

    /** Merges the cells from zero-based column {@code first} to {@code last} of the one-based rows {@code top} to {@code bottom}. */
    void merge(int top, int first, int bottom, int last) {
        merged.add(column(first) + top + ":" + column(last) + bottom);
    }

    /** The merged ranges in the order they were made, e.g. {@code F1:L1}. */
    List<String> merged() {
        return List.copyOf(merged);
    }

    /** Leaves a row empty. */
    void skip() {
        next++;
    }

    /** Opens the next row, whose cells then come in column order; {@code height} 0 is the default. */
    void start(int rowStyle, double height) throws IOException {
        int r = ++next;
        raw("<row r=\"" + r + (height > 0 ? "\" ht=\"" + height + "\" customHeight=\"1\">" : "\">"));
        style(rowStyle, r);
    }

    private void style(int rowStyle, int r) {
        style = rowStyle;
        rowLength = 0;
        for (int v = r; v > 0; v /= 10) {
            rowDigits[rowLength++] = (byte) ('0' + v % 10);
        }
    }

    /** Closes the row opened by {@link #start}. */
    void end() throws IOException {
        raw(ROW_END);
    }

    /** A cell of the open row: a String as text, a number as a number, null as no cell. */
    void value(int column, Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            open(column, NUMBER);
            plain(d.toPlainString());
            raw(NUMBER_END);
        } else if (value instanceof Number n) {
            open(column, NUMBER);
            plain(n.toString());
            raw(NUMBER_END);
        } else {
            open(column, TEXT);
            escape(value.toString());
            raw(TEXT_END);
        }
    }

    /** A number cell of the open row, {@code unscaled × 10^-scale}, printed as {@link BigDecimal#toPlainString}. */
    void number(int column, long unscaled, int scale) throws IOException {
        if (scale < 0 || scale > Byte.MAX_VALUE || unscaled == Long.MIN_VALUE) {
            value(column, BigDecimal.valueOf(unscaled, scale));
            return;
        }
        open(column, NUMBER);
        int n = 0;
        for (long v = Math.abs(unscaled); v != 0 || n == 0; v /= 10) {
            digits[n++] = (byte) ('0' + v % 10);
        }
        while (n <= scale) {
            digits[n++] = '0';
        }
        room(n + 2);
        if (unscaled < 0) {
            buf[pos++] = '-';
        }
        for (int i = n - 1; i >= 0; i--) {
            buf[pos++] = digits[i];
            if (i == scale && scale > 0) {
                buf[pos++] = '.';
            }
        }
        raw(NUMBER_END);
    }

    /** Writes bytes as they are (a part's XML around the rows). */
    void raw(byte[] bytes) throws IOException {
        raw(bytes, 0, bytes.length);
    }

    void raw(byte[] bytes, int offset, int length) throws IOException {
        if (length > buf.length - pos) {
            flush();
            if (length > buf.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buf, pos, length);
        pos += length;
    }

    /** Writes a string as UTF-8, unescaped (markup). */
    void raw(String markup) throws IOException {
        raw(markup.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes text XML-escaped exactly as a text cell's (markup around the rows that repeats a cell's text). */
    void text(String text) throws IOException {
        escape(text);
    }

    /** Hands every byte written so far to the stream. */
    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /**
     * The height in points a row of wrapped text needs so that each value shows whole in its column
     * ({@code widths}, in characters; a CJK character takes two; 0 a hidden column): 0, the default, for one line.
     */
    static double height(List<Integer> widths, Object... values) {
        int lines = 1;
        for (int c = 0; c < values.length && c < widths.size(); c++) {
            if (values[c] instanceof String text && !text.isEmpty() && widths.get(c) > 0) {
                int room = Math.max(1, widths.get(c) - 1);
                int n = 0;
                for (String line : text.split("\n", -1)) {
                    n += Math.max(1, (line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() + room - 1) / room);
                }
                lines = Math.max(lines, n);
            }
        }
        return lines == 1 ? 0 : lines * LINE_POINTS;
    }

    /** The A1 name of a zero-based column. */
    static String column(int index) {
        return new String(COLUMNS[index], StandardCharsets.US_ASCII);
    }

    private void open(int column, byte[] kind) throws IOException {
        raw(CELL);
        raw(COLUMNS[column]);
        room(rowLength);
        for (int i = rowLength - 1; i >= 0; i--) {
            buf[pos++] = rowDigits[i];
        }
        if (style != 0) {
            raw(STYLE);
            plain(Integer.toString(style));
        }
        raw(kind);
    }

    private void plain(String s) throws IOException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    /**
     * XML-escapes text (cut to Excel's limit) as UTF-8. The control characters XML 1.0 cannot carry (and
     * U+FFFE, U+FFFF) are written as spreadsheets write them, {@code _x001B_}, and an {@code _} that starts
     * such an escape in the text itself as {@code _x005F_}, so that Excel, LibreOffice and POI read the text
     * exactly as it was; lone surrogates, which no encoding carries, become '?'.
     */
    private void escape(String text) throws IOException {
        int n = Math.min(text.length(), MAX_TEXT);
        for (int i = 0; i < n; i++) {
            room(8);
            char ch = text.charAt(i);
            if (ch == '_' && startsEscape(text, i)) {
                put("_x005F_");
            } else if (ch < 0x80) {
                escaped(ch);
            } else if (ch < 0x800) {
                buf[pos++] = (byte) (0xC0 | ch >> 6);
                buf[pos++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, text.charAt(++i));
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (ch == 0xFFFE || ch == 0xFFFF) {
                put(ch == 0xFFFE ? "_xFFFE_" : "_xFFFF_");
            } else if (Character.isSurrogate(ch)) {
                buf[pos++] = '?';
            } else {
                buf[pos++] = (byte) (0xE0 | ch >> 12);
                buf[pos++] = (byte) (0x80 | ch >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }

    private void escaped(char ch) {
        switch (ch) {
            case '&' -> put("&amp;");
            case '<' -> put("&lt;");
            case '>' -> put("&gt;");
            case '\r' -> put("&#13;");
            default -> {
                if (ch < 0x20 && ch != '\t' && ch != '\n') {
                    put("_x00");
                    buf[pos++] = (byte) HEX[ch >> 4];
                    buf[pos++] = (byte) HEX[ch & 0xF];
                    buf[pos++] = '_';
                } else {
                    buf[pos++] = (byte) ch;
                }
            }
        }
    }

    /** True when the text at {@code i} reads like an escape {@code _xHHHH_} that a spreadsheet would decode. */
    private static boolean startsEscape(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void put(String entity) {
        for (int i = 0; i < entity.length(); i++) {
            buf[pos++] = (byte) entity.charAt(i);
        }
    }

    private void room(int n) throws IOException {
        if (n > buf.length - pos) {
            flush();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] columns(int n) {
        byte[][] names = new byte[n][];
        for (int i = 0; i < n; i++) {
            names[i] = ascii(CellAddress.columnName(i));
        }
        return names;
    }
}
