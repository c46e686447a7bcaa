package nianbao.template;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import nianbao.model.CellAddress;

/**
 * Fills the data sheet's part of the blank template ({@code xl/worksheets/sheet1.xml} as
 * {@link TemplateWriter#workbook} writes it for {@link Filling#blank()}) with what
 * {@link SheetValues} says each cell shows, rewriting only those cells' bytes and without POI.
 */
public final class FilledSheet {

    private final byte[] in;
    private final ByteArrayOutputStream out;
    private int copied;

    private FilledSheet(byte[] in) {
        this.in = in;
        this.out = new ByteArrayOutputStream(in.length + in.length / 4);
    }

    /**
     * The blank data sheet part with the filling's values in: numbers as plain decimals, totals,
     * checks and status keeping their formulas with new cached values, header texts as inline strings
     * (an empty one left as it was); every other byte unchanged.
     *
     * @throws IllegalStateException naming the cell when the part lacks a cell that must be filled
     */
    public static byte[] fill(byte[] blankSheetXml, Filling filling) {
        return new FilledSheet(blankSheetXml).rewrite(SheetValues.of(filling));
    }

    /** One pass: the cells come in sheet order, as the targets do. */
    private byte[] rewrite(Map<CellAddress, ShownValue> shown) {
        Iterator<Map.Entry<CellAddress, ShownValue>> targets = shown.entrySet().iterator();
        Map.Entry<CellAddress, ShownValue> next = targets.hasNext() ? targets.next() : null;
        int p = 0;
        while (next != null) {
            int start = cellStart(p);
            if (start < 0) {
                throw missing(next.getKey());
            }
            int tagEnd = indexOf((byte) '>', start);
            int end = in[tagEnd - 1] == '/' ? tagEnd + 1 : indexOf("</c>", tagEnd) + 4;
            int order = compare(reference(start, tagEnd), next.getKey());
            if (order > 0) {
                throw missing(next.getKey());
            }
            if (order == 0) {
                out.write(in, copied, start - copied);
                cell(start, tagEnd, end, next.getValue());
                copied = end;
                next = targets.hasNext() ? targets.next() : null;
            }
            p = end;
        }
        out.write(in, copied, in.length - copied);
        return out.toByteArray();
    }

    /** Writes the cell anew: its attributes but {@code t}, the type, its formula if any, the value. */
    private void cell(int start, int tagEnd, int end, ShownValue value) {
        boolean empty = in[tagEnd - 1] == '/';
        int formula = empty ? -1 : formulaStart(tagEnd + 1, end);
        if (formula < 0 && value instanceof ShownValue.Text t && t.text().isEmpty()) {
            out.write(in, start, end - start);
            return;
        }
        ascii("<c");
        attributesButType(start + 2, empty ? tagEnd - 1 : tagEnd);
        if (value instanceof ShownValue.Numeric n) {
            ascii(" t=\"n\">");
            formula(formula, end);
            ascii("<v>" + n.number().toPlainString() + "</v>");
        } else if (formula >= 0) {
            ascii(" t=\"str\">");
            formula(formula, end);
            text("<v>", ((ShownValue.Text) value).text(), "</v>");
        } else {
            ascii(" t=\"inlineStr\">");
            text("<is><t xml:space=\"preserve\">", ((ShownValue.Text) value).text(), "</t></is>");
        }
        ascii("</c>");
    }

    /** Copies each attribute of the start tag in {@code [from, to)} except {@code t}, with one space before it. */
    private void attributesButType(int from, int to) {
        int p = from;
        while (true) {
            while (p < to && isSpace(in[p])) {
                p++;
            }
            if (p >= to) {
                return;
            }
            int name = p;
            int equals = indexOf((byte) '=', p);
            int quote = equals + 1;
            int close = indexOf(in[quote], quote + 1);
            if (!(equals - name == 1 && in[name] == 't')) {
                out.write(' ');
                out.write(in, name, close + 1 - name);
            }
            p = close + 1;
        }
    }

    private void formula(int formula, int end) {
        if (formula >= 0) {
            int tagEnd = indexOf((byte) '>', formula);
            int formulaEnd = in[tagEnd - 1] == '/' ? tagEnd + 1 : indexOf("</f>", tagEnd) + 4;
            if (formulaEnd > end) {
                throw new IllegalStateException("unclosed formula at byte " + formula);
            }
            out.write(in, formula, formulaEnd - formula);
        }
    }

    /** Where {@code <f>} or {@code <f ...>} starts in the cell's content, or -1. */
    private int formulaStart(int from, int end) {
        for (int p = from; p + 2 < end; p++) {
            if (in[p] == '<' && in[p + 1] == 'f' && (in[p + 2] == '>' || isSpace(in[p + 2]) || in[p + 2] == '/')) {
                return p;
            }
        }
        return -1;
    }

    /** The next {@code <c} start tag at or after {@code from} (not {@code <col}, {@code <cfRule}), or -1. */
    private int cellStart(int from) {
        for (int p = from; p + 2 < in.length; p++) {
            if (in[p] == '<' && in[p + 1] == 'c' && (isSpace(in[p + 2]) || in[p + 2] == '>' || in[p + 2] == '/')) {
                return p;
            }
        }
        return -1;
    }

    /** The cell's {@code r} as row × 2^14 + column, zero-based. */
    private long reference(int start, int tagEnd) {
        int p = start + 2;
        while (!(isSpace(in[p]) && in[p + 1] == 'r' && in[p + 2] == '=')) {
            if (++p + 3 >= tagEnd) {
                throw new IllegalStateException("a cell without a reference at byte " + start);
            }
        }
        p += 4;
        int letters = p;
        while (in[p] >= 'A' && in[p] <= 'Z') {
            p++;
        }
        int column = CellAddress.columnIndex(new String(in, letters, p - letters, StandardCharsets.US_ASCII));
        long row = 0;
        for (; in[p] >= '0' && in[p] <= '9'; p++) {
            row = row * 10 + in[p] - '0';
        }
        return (row - 1) << 14 | column;
    }

    private static int compare(long reference, CellAddress target) {
        return Long.compare(reference, (long) target.row() << 14 | target.column());
    }

    private static IllegalStateException missing(CellAddress cell) {
        return new IllegalStateException("the blank data sheet part has no cell " + cell + " to fill");
    }

    private int indexOf(byte b, int from) {
        for (int p = from; p < in.length; p++) {
            if (in[p] == b) {
                return p;
            }
        }
        throw new IllegalStateException("truncated sheet XML: no '" + (char) b + "' after byte " + from);
    }

    private int indexOf(String ascii, int from) {
        for (int p = from; p + ascii.length() <= in.length; p++) {
            if (startsWith(p, ascii)) {
                return p;
            }
        }
        throw new IllegalStateException("truncated sheet XML: no " + ascii + " after byte " + from);
    }

    private boolean startsWith(int p, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (in[p + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private void text(String open, String text, String close) {
        ascii(open);
        out.writeBytes(XmlText.escape(text).getBytes(StandardCharsets.UTF_8));
        ascii(close);
    }
}
