package nianbao.read.ooxml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.read.CellSet;
import nianbao.read.Grid;
import nianbao.read.RawCell;
import nianbao.read.formula.Formula;
import nianbao.read.zip.SecureXml;

/**
 * One pass over a worksheet part into a {@link Grid}, shared formulas expanded: a {@link SheetBytes}
 * scan, or StAX when the part is not of the plain shape the scan takes or too large to hold in memory
 * (then streamed). When only some cells are wanted, the others are skipped (shared-formula masters still
 * noted) and the pass stops after the last row wanted. At most a given number of cells is kept
 * ({@link TooManyCells} past it), so that memory stays bounded whatever the part holds; formatted
 * empty cells and rows are passed over, never kept.
 */
public final class SheetPart {

    /** The most cells with content kept from the sheets of one workbook; a return needs about a thousand. */
    static final int MAX_CELLS = 200_000;

    private final Grid grid;
    private final IntFunction<String> sharedStrings;
    private final CellSet wanted;
    private final int maxCells;
    private final Map<String, SharedFormula> shared = new HashMap<>();
    private int row = -1;
    private int column = -1;

    private SheetPart(String name, IntFunction<String> sharedStrings, CellSet wanted, int maxCells) {
        this.grid = new Grid(name);
        this.sharedStrings = sharedStrings;
        this.wanted = wanted;
        this.maxCells = maxCells;
    }

    /** An empty pass, for a {@link SheetBytes} scan to feed. */
    static SheetPart of(String name, IntFunction<String> sharedStrings, CellSet wanted) {
        return new SheetPart(name, sharedStrings, wanted, MAX_CELLS);
    }

    /** The cells kept so far. */
    Grid grid() {
        return grid;
    }

    /** Parses a worksheet part; text cells of type "s" are looked up through {@code sharedStrings}. */
    static Grid parse(byte[] xml, String name, IntFunction<String> sharedStrings) throws XMLStreamException {
        return parse(xml, name, sharedStrings, null);
    }

    /** Parses only the {@code wanted} cells of a worksheet part (every cell when it is null). */
    static Grid parse(byte[] xml, String name, IntFunction<String> sharedStrings, CellSet wanted)
            throws XMLStreamException {
        return parse(xml, name, sharedStrings, wanted, MAX_CELLS);
    }

    /** {@link #parse(byte[], String, IntFunction, CellSet)}, keeping at most {@code maxCells} cells. */
    static Grid parse(byte[] xml, String name, IntFunction<String> sharedStrings, CellSet wanted, int maxCells)
            throws XMLStreamException {
        SheetPart scanned = new SheetPart(name, sharedStrings, wanted, maxCells);
        if (wanted == null ? SheetBytes.scanEvery(xml, scanned) : SheetBytes.scan(xml, scanned)) {
            return scanned.grid;
        }
        return stream(new ByteArrayInputStream(xml), name, sharedStrings, wanted, maxCells);
    }

    /** The same as {@link #parse(byte[], String, IntFunction, CellSet)}, always through StAX. */
    static Grid stax(byte[] xml, String name, IntFunction<String> sharedStrings, CellSet wanted)
            throws XMLStreamException {
        return stream(new ByteArrayInputStream(xml), name, sharedStrings, wanted, MAX_CELLS);
    }

    /**
     * Parses a worksheet part read from a stream through StAX, never holding the part itself: for a
     * part too large to hold in memory. Keeps at most {@code maxCells} cells.
     */
    static Grid stream(InputStream xml, String name, IntFunction<String> sharedStrings, CellSet wanted, int maxCells)
            throws XMLStreamException {
        SheetPart part = new SheetPart(name, sharedStrings, wanted, maxCells);
        XMLStreamReader r = SecureXml.open(xml);
        try {
            part.read(r);
        } finally {
            r.close();
        }
        return part.grid;
    }

    private void read(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (SecureXml.next(r) != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String local = r.getLocalName();
            if (local.equals("row")) {
                if (!row(r.getAttributeValue(null, "r"))) {
                    return;
                }
            } else if (local.equals("c")) {
                readCell(r);
            }
        }
    }

    /** Starts a row ({@code r} its number or null); false when the rows wanted are all behind. */
    boolean row(String r) {
        row = r != null ? Integer.parseInt(r) - 1 : row + 1;
        column = -1;
        return wanted == null || row <= wanted.lastRow();
    }

    /** Moves to a cell ({@code ref} its reference or null); false when it is not wanted. */
    boolean cell(String ref) throws XMLStreamException {
        if (ref != null) {
            position(ref);
        } else {
            column++;
        }
        return wanted == null || wanted.contains(row, column);
    }

    /** Moves to the cell of this {@link Grid#key}; false when it is not wanted. */
    boolean cellAt(long key) {
        row = Grid.row(key);
        column = Grid.column(key);
        return wanted == null || wanted.contains(row, column);
    }

    /** Keeps the cell just moved to, when it has a value, an inline text or a formula. */
    void keep(String type, String value, String formula, String inline) {
        if (value != null || formula != null || inline != null) {
            if (grid.count() >= maxCells) {
                throw new TooManyCells(grid.name());
            }
            grid.put(row, column, cell(type, inline != null ? inline : value, formula));
        }
    }

    private void readCell(XMLStreamReader r) throws XMLStreamException {
        if (!cell(r.getAttributeValue(null, "r"))) {
            skipCell(r);
            return;
        }
        String type = r.getAttributeValue(null, "t");
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        while (r.hasNext()) {
            int event = SecureXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "v" -> value = r.getElementText();
                case "f" -> formula = readFormula(r);
                case "t" -> inline = (inline == null ? new StringBuilder() : inline).append(r.getElementText());
                case "rPh" -> SecureXml.skipElement(r);
                default -> { }
            }
        }
        keep(type, value, formula, inline != null ? inline.toString() : null);
    }

    /** Passes over an unwanted cell, noting a shared formula's master for the cells that follow it. */
    private void skipCell(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = SecureXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("f")
                    && "shared".equals(r.getAttributeValue(null, "t"))) {
                readFormula(r);
            }
        }
    }

    private void position(String ref) throws XMLStreamException {
        long key = position(ref, 0);
        if (key < 0) {
            throw new XMLStreamException("not a cell reference: " + ref);
        }
        row = Grid.row(key);
        column = Grid.column(key);
    }

    /**
     * The {@link Grid#key} of an A1 reference like {@code J12} or {@code $J$12} starting at {@code from},
     * or -1; without a regex, since this runs for every cell.
     */
    public static long position(String ref, int from) {
        byte[] ascii = ref.getBytes(StandardCharsets.US_ASCII);
        return from > ascii.length ? -1 : position(ascii, from, ascii.length);
    }

    /**
     * {@link #position(String, int)} of the reference written in the bytes {@code [from, to)} (any byte not
     * ASCII, as a '?' in the text, ends the reference and so makes it none).
     */
    static long position(byte[] ref, int from, int to) {
        int c = 0;
        int r = 0;
        int i = from < to && ref[from] == '$' ? from + 1 : from;
        int start = i;
        for (; i < to && i - start < 4 && isAsciiLetter((char) ref[i]); i++) {
            c = c * 26 + (Character.toUpperCase((char) ref[i]) - 'A' + 1);
        }
        int letters = i - start;
        i = i < to && ref[i] == '$' ? i + 1 : i;
        int digits = i;
        for (; i < to && i - digits < 8 && ref[i] >= '0' && ref[i] <= '9'; i++) {
            r = r * 10 + (ref[i] - '0');
        }
        boolean valid = letters > 0 && letters <= 3 && i == to && i > digits
                && c <= 16_384 && r >= 1 && r <= 1_048_576;
        return valid ? Grid.key(r - 1, c - 1) : -1;
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    }

    private String readFormula(XMLStreamReader r) throws XMLStreamException {
        String type = r.getAttributeValue(null, "t");
        String si = r.getAttributeValue(null, "si");
        return formula(type, si, r.getElementText());
    }

    /**
     * The text of a formula element in the cell just moved to ({@code t} and {@code si} its attributes),
     * a shared formula's master noted and a follower's text shifted from it; null when empty.
     */
    String formula(String t, String sharedIndex, String element) {
        String si = "shared".equals(t) ? sharedIndex : null;
        String text = element.strip();
        if (si == null) {
            return text.isEmpty() ? null : text;
        }
        if (!text.isEmpty()) {
            shared.put(si, new SharedFormula(text, row, column));
            return text;
        }
        SharedFormula master = shared.get(si);
        return master == null ? null : Formula.shift(master.text, row - master.row, column - master.column);
    }

    private RawCell cell(String type, String value, String formula) {
        if (value == null) {
            return new RawCell(RawCell.Kind.EMPTY, "", formula);
        }
        return switch (type == null ? "n" : type) {
            case "s" -> new RawCell(RawCell.Kind.TEXT, sharedString(value), formula);
            case "str", "inlineStr", "d" -> new RawCell(RawCell.Kind.TEXT, value, formula);
            case "b" -> new RawCell(RawCell.Kind.BOOLEAN, "1".equals(value.strip()) ? "TRUE" : "FALSE", formula);
            case "e" -> new RawCell(RawCell.Kind.ERROR, value.strip(), formula);
            default -> value.isBlank() ? new RawCell(RawCell.Kind.EMPTY, "", formula) : number(value.strip(), formula);
        };
    }

    /**
     * A stored number, or, when the text stored is none a spreadsheet writes (NaN, INF, 1E99999, letters),
     * an error value showing that text, so that the cell is reported and the file still read.
     */
    private static RawCell number(String text, String formula) {
        return isNumber(text) ? new RawCell(RawCell.Kind.NUMBER, text, formula)
                : new RawCell(RawCell.Kind.ERROR, text.length() > 32 ? text.substring(0, 32) + "…" : text, formula);
    }

    /**
     * True for the decimal numbers a spreadsheet stores: a sign, digits with at most one point, and an
     * exponent of at most three digits (a double's range), 64 characters at most.
     */
    static boolean isNumber(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0 || n > 64) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = i + 1 < n && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+') ? i + 2 : i + 1;
            int start = i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            return i == n && i > start && i - start <= 3;
        }
        return i == n;
    }

    private String sharedString(String index) {
        try {
            String s = sharedStrings.apply(Integer.parseInt(index.strip()));
            return s == null ? "" : s;
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private record SharedFormula(String text, int row, int column) {
    }

    /** More cells with content than a workbook's sheets may keep ({@link #MAX_CELLS}): the file is not read. */
    static final class TooManyCells extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String sheet;

        TooManyCells(String sheet) {
            super(null, null, false, false);
            this.sheet = sheet;
        }

        /** The sheet where the limit was reached. */
        String sheet() {
            return sheet;
        }
    }
}
