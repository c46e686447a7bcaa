package nianbao.read.ooxml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import javax.xml.stream.XMLStreamException;

/**
 * A scan of a worksheet part's bytes for the rows and cells a {@link SheetPart} wants (some, or every
 * one), without an XML parser: only the plain UTF-8 shape Excel, WPS and POI write is taken (unprefixed
 * {@code row}, {@code c}, {@code v}, {@code f}, {@code is/t} elements, the five predefined and numeric
 * entities). Anything else (a DTD, a comment, CDATA, a prefixed or unknown element, another encoding, a
 * control character or a carriage return in text, elements not nested) makes the scan give up, and the
 * part is read by StAX instead, so the result never differs.
 */
final class SheetBytes {

    private static final byte[] SHEET_DATA = ascii("<sheetData>");
    private static final byte[] SHEET_DATA_END = ascii("</sheetData>");
    private static final byte[] ROW_END = ascii("</row>");
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] C_END = ascii("</c>");
    private static final byte[] V = ascii("v");
    private static final byte[] V_END = ascii("</v>");
    private static final byte[] F = ascii("f");
    private static final byte[] F_END = ascii("</f>");
    private static final byte[] T = ascii("t");
    private static final byte[] T_END = ascii("</t>");
    private static final byte[] RPH = ascii("rPh");
    private static final byte[] RPH_END = ascii("</rPh>");

    private final byte[] xml;
    private final SheetPart part;
    private final boolean every;
    /** The elements opened and not yet closed inside the current cell ({@code is}, {@code r}, ...). */
    private final ArrayDeque<String> open = new ArrayDeque<>();
    /** The attributes of the cell being read, and of the element read last inside it (or of a row): reused, not one per tag. */
    private final Tag cellTag = new Tag();
    private final Tag innerTag = new Tag();
    private int at;

    private SheetBytes(byte[] xml, SheetPart part, boolean every) {
        this.xml = xml;
        this.part = part;
        this.every = every;
    }

    /** Feeds the part's rows and cells to {@code part}; false when the part is not plain (nothing to trust then). */
    static boolean scan(byte[] xml, SheetPart part) throws XMLStreamException {
        return scan(new SheetBytes(xml, part, false));
    }

    /**
     * Feeds every row and cell to {@code part}, which wants them all: the part is then read to its end, so
     * the XML around the cells must be plain and well-formed too ({@link SheetFrame}), as StAX would find it.
     */
    static boolean scanEvery(byte[] xml, SheetPart part) throws XMLStreamException {
        return scan(new SheetBytes(xml, part, true));
    }

    private static boolean scan(SheetBytes bytes) throws XMLStreamException {
        try {
            return bytes.rows();
        } catch (UnusualPart e) {
            return false;
        }
    }

    private boolean rows() throws XMLStreamException {
        at = sheetData();
        if (at < 0) {
            return false;
        }
        int start = at - SHEET_DATA.length;
        while (true) {
            expect('<');
            if (startsWith(SHEET_DATA_END)) {
                return !every || SheetFrame.plain(xml, start, at + SHEET_DATA_END.length);
            } else if (startsWith(ROW_END)) {
                at += ROW_END.length;
            } else if (tag(ROW)) {
                Tag row = attributes(innerTag);
                if (!part.row(row.r(xml))) {
                    return true;
                }
            } else if (tag(C)) {
                cell();
            } else {
                throw new UnusualPart();
            }
        }
    }

    /** The offset just after {@code <sheetData>}, or -1 when the prolog is not plain. */
    private int sheetData() {
        byte[] open = SHEET_DATA;
        if (xml.length > 0 && (xml[0] == (byte) 0xFE || xml[0] == (byte) 0xFF || xml[0] == 0) || !utf8Declaration()) {
            return -1;
        }
        for (int i = 0; i + open.length <= xml.length; i++) {
            if (xml[i] == '<' && i + 1 < xml.length && xml[i + 1] == '!') {
                return -1;
            }
            if (xml[i] == '<' && matches(i, open)) {
                return i + open.length;
            }
        }
        return -1;
    }

    private boolean utf8Declaration() {
        String head = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("?>");
        if (!head.startsWith("<?xml") && !head.startsWith("\u00EF\u00BB\u00BF<?xml") || end < 0) {
            return head.startsWith("<") || head.startsWith("\u00EF\u00BB\u00BF<");
        }
        String declaration = head.substring(0, end).replace('\'', '"');
        int encoding = declaration.indexOf("encoding=\"");
        return encoding < 0 || declaration.regionMatches(true, encoding + 10, "utf-8\"", 0, 6);
    }

    private void cell() throws XMLStreamException {
        Tag c = attributes(cellTag);
        boolean wanted = moveTo(c);
        if (c.empty) {
            return;
        }
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        boolean seenFormula = false;
        while (true) {
            expect('<');
            if (startsWith(C_END)) {
                if (!open.isEmpty()) {
                    throw new UnusualPart();
                }
                at += 4;
                break;
            } else if (tag(V)) {
                Tag v = attributes(innerTag);
                value = v.empty ? "" : text(V_END, wanted);
            } else if (tag(F)) {
                Tag f = attributes(innerTag);
                if (seenFormula) {
                    throw new UnusualPart();
                }
                seenFormula = true;
                boolean kept = wanted || "shared".equals(f.t);
                String text = f.empty ? "" : text(F_END, kept);
                formula = kept ? part.formula(f.t, f.si, text) : null;
            } else if (tag(T)) {
                Tag t = attributes(innerTag);
                String text = t.empty ? "" : text(T_END, wanted);
                if (wanted) {
                    inline = (inline == null ? new StringBuilder() : inline).append(text);
                }
            } else if (tag(RPH)) {
                skipTo(RPH_END);
            } else {
                other();
            }
        }
        if (wanted) {
            part.keep(c.t, value, formula, inline == null ? null : inline.toString());
        }
    }

    /**
     * Moves the part to this cell: to the place its reference gives, read from the bytes without a string
     * (one that is none is given to the part as text, which rejects it), else to the next column.
     */
    private boolean moveTo(Tag c) throws XMLStreamException {
        long key = c.rFrom < 0 ? -1 : SheetPart.position(xml, c.rFrom, c.rTo);
        return key >= 0 ? part.cellAt(key) : part.cell(c.r(xml));
    }

    /**
     * Passes over a start or end tag the cell does not need ({@code is}, {@code r}, {@code rPr} and its
     * children), an end tag closing the element last opened.
     */
    private void other() {
        boolean end = at + 1 < xml.length && xml[at + 1] == '/';
        int from = end ? at + 2 : at + 1;
        int i = from;
        while (i < xml.length && isNameByte(xml[i])) {
            i++;
        }
        if (i == from || i >= xml.length || xml[i] == ':') {
            throw new UnusualPart();
        }
        String name = new String(xml, from, i - from, StandardCharsets.US_ASCII);
        at = i;
        if (end) {
            expect('>');
            at++;
            if (!name.equals(open.poll())) {
                throw new UnusualPart();
            }
        } else if (!attributesFrom(i, innerTag).empty) {
            open.push(name);
        }
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-' || b == '.';
    }

    /** True (and positioned on its attributes) when a start tag of exactly this name begins here. */
    private boolean tag(byte[] name) {
        int end = at + 1 + name.length;
        if (end >= xml.length || !matches(at + 1, name)) {
            return false;
        }
        byte next = xml[end];
        if (next == ' ' || next == '>' || next == '/' || next == '\t' || next == '\n' || next == '\r') {
            at = end;
            return true;
        }
        return false;
    }

    private Tag attributes(Tag into) {
        return attributesFrom(at, into);
    }

    /** Reads attributes from {@code i} to the end of the tag into {@code tag}, cleared first; only r, t and si are kept. */
    private Tag attributesFrom(int i, Tag tag) {
        tag.clear();
        while (true) {
            while (i < xml.length && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\n' || xml[i] == '\r')) {
                i++;
            }
            if (i >= xml.length) {
                throw new UnusualPart();
            }
            if (xml[i] == '>') {
                at = i + 1;
                return tag;
            }
            if (xml[i] == '/' && i + 1 < xml.length && xml[i + 1] == '>') {
                at = i + 2;
                tag.empty = true;
                return tag;
            }
            int name = i;
            while (i < xml.length && xml[i] != '=' && xml[i] != '>' && xml[i] != ' ') {
                i++;
            }
            if (i + 1 >= xml.length || xml[i] != '=' || xml[i + 1] != '"' && xml[i + 1] != '\'') {
                throw new UnusualPart();
            }
            byte quote = xml[i + 1];
            int start = i + 2;
            int end = start;
            while (end < xml.length && xml[end] != quote) {
                if (xml[end] == '<') {
                    throw new UnusualPart();
                }
                end++;
            }
            if (end >= xml.length) {
                throw new UnusualPart();
            }
            tag.put(xml, name, i, start, end);
            i = end + 1;
        }
    }

    /**
     * The text up to {@code close}, entities replaced; positioned after {@code close}. Not {@code kept}, it
     * is checked all the same but not built when plain (null then): a cell not wanted needs no strings.
     */
    private String text(byte[] close, boolean kept) {
        int start = at;
        boolean entities = false;
        boolean ascii = true;
        while (at < xml.length && xml[at] != '<') {
            if (xml[at] == '&') {
                entities = true;
            } else if (xml[at] >= 0 && xml[at] < 0x20 && xml[at] != '\t' && xml[at] != '\n'
                    || xml[at] == '>' && at - start >= 2 && xml[at - 1] == ']' && xml[at - 2] == ']') {
                throw new UnusualPart();
            }
            ascii &= xml[at] >= 0;
            at++;
        }
        if (!startsWith(close)) {
            throw new UnusualPart();
        }
        int end = at;
        at += close.length;
        if (!kept && !entities) {
            if (!ascii && !StrictUtf8.wellFormed(xml, start, end)) {
                throw new UnusualPart();
            }
            return null;
        }
        String raw = ascii ? new String(xml, start, end - start, StandardCharsets.US_ASCII) : strictUtf8(start, end);
        return entities ? unescape(raw) : raw;
    }

    /** UTF-8 text that StAX would accept too: a malformed sequence is left to it. */
    private String strictUtf8(int start, int end) {
        if (!StrictUtf8.wellFormed(xml, start, end)) {
            throw new UnusualPart();
        }
        return new String(xml, start, end - start, StandardCharsets.UTF_8);
    }

    /** Moves past the next {@code close}, which starts with '<'; only a '<' is compared further. */
    private void skipTo(byte[] close) {
        while (at < xml.length && (xml[at] != '<' || !matches(at, close))) {
            if (xml[at] == '<' && at + 1 < xml.length && (xml[at + 1] == '!' || xml[at + 1] == '?')) {
                throw new UnusualPart();
            }
            at++;
        }
        if (at >= xml.length) {
            throw new UnusualPart();
        }
        at += close.length;
    }

    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch != '&') {
                out.append(ch);
                continue;
            }
            int semi = raw.indexOf(';', i);
            if (semi < 0) {
                throw new UnusualPart();
            }
            String replaced = entity(raw.substring(i + 1, semi));
            if (replaced == null) {
                throw new UnusualPart();
            }
            out.append(replaced);
            i = semi;
        }
        return out.toString();
    }

    /** The text of a predefined entity or character reference ({@code amp}, {@code #x4E00}), null for any other. */
    static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        try {
            int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            if (code == 0x9 || code == 0xA || code >= 0x20 && code <= 0xD7FF || code >= 0xE000 && code <= 0x10FFFF && code != 0xFFFE && code != 0xFFFF) {
                return new String(Character.toChars(code));
            }
        } catch (NumberFormatException e) {
            // not a character reference
        }
        return null;
    }

    private void expect(char ch) {
        while (at < xml.length && (xml[at] == ' ' || xml[at] == '\t' || xml[at] == '\n' || xml[at] == '\r')) {
            at++;
        }
        if (at >= xml.length || xml[at] != ch) {
            throw new UnusualPart();
        }
    }

    private boolean startsWith(byte[] s) {
        return matches(at, s);
    }

    /** True when the bytes at {@code from} are those of the ASCII text {@code what}. */
    private boolean matches(int from, byte[] what) {
        if (from + what.length > xml.length) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (xml[from + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    /** The attributes of one tag that matter here. */
    private static final class Tag {
        /** The cell types Excel writes, so that a cell's type is not a new string each time. */
        private static final String[] TYPES = {"s", "n", "str", "b", "e", "inlineStr", "d"};

        /** Where the value of the {@code r} attribute lies, -1 when there is none. */
        int rFrom = -1;
        int rTo;
        String t;
        String si;
        boolean empty;

        void clear() {
            rFrom = -1;
            t = null;
            si = null;
            empty = false;
        }

        /** Keeps the attribute named by bytes {@code [name, nameEnd)} with the value {@code [start, end)} when it matters. */
        void put(byte[] xml, int name, int nameEnd, int start, int end) {
            int length = nameEnd - name;
            boolean isR = length == 1 && xml[name] == 'r';
            boolean isT = length == 1 && xml[name] == 't';
            if (!isR && !isT && !(length == 2 && xml[name] == 's' && xml[name + 1] == 'i')) {
                return;
            }
            for (int i = start; i < end; i++) {
                if (xml[i] == '&' || xml[i] < ' ') {
                    throw new UnusualPart();
                }
            }
            if (isR ? rFrom >= 0 : isT ? t != null : si != null) {
                throw new UnusualPart();
            }
            if (isR) {
                rFrom = start;
                rTo = end;
            } else if (isT) {
                t = type(xml, start, end);
            } else {
                si = new String(xml, start, end - start, StandardCharsets.US_ASCII);
            }
        }

        /** The {@code r} attribute's value, or null. */
        String r(byte[] xml) {
            return rFrom < 0 ? null : new String(xml, rFrom, rTo - rFrom, StandardCharsets.US_ASCII);
        }

        private static String type(byte[] xml, int start, int end) {
            for (String type : TYPES) {
                int i = 0;
                while (type.length() == end - start && i < type.length() && xml[start + i] == type.charAt(i)) {
                    i++;
                }
                if (i == type.length()) {
                    return type;
                }
            }
            return new String(xml, start, end - start, StandardCharsets.US_ASCII);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
