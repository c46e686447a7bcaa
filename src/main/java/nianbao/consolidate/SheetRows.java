package nianbao.consolidate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Rows of one worksheet written straight as SpreadsheetML into a part of the output package: text as
 * inline strings (never a formula), numbers as {@code <v>}; no object per cell, no temporary file.
 */
final class SheetRows {

    private static final String[] COLUMNS = columns(16_384);

    private final Writer out;
    private int next;

    SheetRows(Writer out) {
        this.out = out;
    }

    /** How many rows were written; the next row is at this index. */
    int count() {
        return next;
    }

    /** Writes the next row: a String as text, a number as a number, null as no cell; {@code style} 0 is none. */
    void row(int style, double height, Object... values) throws IOException {
        int r = ++next;
        out.write("<row r=\"" + r + (height > 0 ? "\" ht=\"" + height + "\" customHeight=\"1\">" : "\">"));
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                cell(COLUMNS[c] + r, style, values[c]);
            }
        }
        out.write("</row>");
    }

    /** Leaves a row empty. */
    void skip() {
        next++;
    }

    private void cell(String ref, int style, Object value) throws IOException {
        out.write("<c r=\"");
        out.write(ref);
        if (style != 0) {
            out.write("\" s=\"" + style);
        }
        if (value instanceof Number n) {
            out.write("\"><v>");
            out.write(n instanceof BigDecimal d ? d.toPlainString() : n.toString());
            out.write("</v></c>");
            return;
        }
        String text = value.toString();
        out.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(text.length() > Cells.MAX_TEXT ? text.substring(0, Cells.MAX_TEXT) : text);
        out.write("</t></is></c>");
    }

    /** XML-escapes text; characters XML 1.0 cannot carry become '?'. */
    private void escape(String text) throws IOException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String replacement = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                default -> ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF ? "?" : null;
            };
            if (replacement != null) {
                out.write(text, start, i - start);
                out.write(replacement);
                start = i + 1;
            }
        }
        out.write(text, start, text.length() - start);
    }

    /** The A1 name of a zero-based column. */
    static String column(int index) {
        return COLUMNS[index];
    }

    private static String[] columns(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = i + 1; c > 0; c = (c - 1) / 26) {
                sb.insert(0, (char) ('A' + (c - 1) % 26));
            }
            names[i] = sb.toString();
        }
        return names;
    }
}
