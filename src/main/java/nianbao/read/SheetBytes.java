package nianbao.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;

/**
 * A scan of a worksheet part's bytes for the rows and cells a {@link SheetPart} wants, without an XML
 * parser: only the plain UTF-8 shape Excel, WPS and POI write is taken (unprefixed {@code row}, {@code c},
 * {@code v}, {@code f}, {@code is/t} elements, the five predefined and numeric entities). Anything else
 * (a DTD, a comment, CDATA, a prefixed or unknown element, another encoding, a carriage return in text)
 * makes {@link #scan} give up, and the part is read by StAX instead, so the result never differs.
 */
final class SheetBytes {

    private final byte[] xml;
    private final SheetPart part;
    private int at;

    private SheetBytes(byte[] xml, SheetPart part) {
        this.xml = xml;
        this.part = part;
    }

    /** Feeds the part's rows and cells to {@code part}; false when the part is not plain (nothing to trust then). */
    static boolean scan(byte[] xml, SheetPart part) throws XMLStreamException {
        try {
            return new SheetBytes(xml, part).rows();
        } catch (Unusual e) {
            return false;
        }
    }

    private boolean rows() throws XMLStreamException {
        at = sheetData();
        if (at < 0) {
            return false;
        }
        while (true) {
            expect('<');
            if (startsWith("</sheetData>")) {
                return true;
            } else if (startsWith("</row>")) {
                at += 6;
            } else if (tag("row")) {
                Tag row = attributes();
                if (!part.row(row.r)) {
                    return true;
                }
            } else if (tag("c")) {
                cell();
            } else {
                throw new Unusual();
            }
        }
    }

    /** The offset just after {@code <sheetData>}, or -1 when the prolog is not plain. */
    private int sheetData() {
        byte[] open = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
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
        Tag c = attributes();
        boolean wanted = part.cell(c.r);
        if (c.empty) {
            return;
        }
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        boolean seenFormula = false;
        while (true) {
            expect('<');
            if (startsWith("</c>")) {
                at += 4;
                break;
            } else if (tag("v")) {
                Tag v = attributes();
                value = v.empty ? "" : text("</v>");
            } else if (tag("f")) {
                Tag f = attributes();
                if (seenFormula) {
                    throw new Unusual();
                }
                seenFormula = true;
                String text = f.empty ? "" : text("</f>");
                formula = wanted || "shared".equals(f.t) ? part.formula(f.t, f.si, text) : null;
            } else if (tag("t")) {
                Tag t = attributes();
                inline = (inline == null ? new StringBuilder() : inline).append(t.empty ? "" : text("</t>"));
            } else if (tag("rPh")) {
                skipTo("</rPh>");
            } else {
                other();
            }
        }
        if (wanted) {
            part.keep(c.t, value, formula, inline == null ? null : inline.toString());
        }
    }

    /** Passes over a start or end tag the cell does not need ({@code is}, {@code r}, {@code rPr} and its children). */
    private void other() {
        int from = at + 1 < xml.length && xml[at + 1] == '/' ? at + 2 : at + 1;
        int i = from;
        while (i < xml.length && isNameByte(xml[i])) {
            i++;
        }
        if (i == from || i >= xml.length || xml[i] == ':') {
            throw new Unusual();
        }
        at = from;
        attributesFrom(i);
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-' || b == '.';
    }

    /** True (and positioned on its attributes) when a start tag of exactly this name begins here. */
    private boolean tag(String name) {
        int end = at + 1 + name.length();
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

    private Tag attributes() {
        return attributesFrom(at);
    }

    /** Reads attributes from {@code i} to the end of the tag; only r, t and si are kept. */
    private Tag attributesFrom(int i) {
        Tag tag = new Tag();
        while (true) {
            while (i < xml.length && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\n' || xml[i] == '\r')) {
                i++;
            }
            if (i >= xml.length) {
                throw new Unusual();
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
                throw new Unusual();
            }
            byte quote = xml[i + 1];
            int start = i + 2;
            int end = start;
            while (end < xml.length && xml[end] != quote) {
                if (xml[end] == '<') {
                    throw new Unusual();
                }
                end++;
            }
            if (end >= xml.length) {
                throw new Unusual();
            }
            tag.put(xml, name, i - name, start, end);
            i = end + 1;
        }
    }

    /** The text up to {@code close}, entities replaced; positioned after {@code close}. */
    private String text(String close) {
        int start = at;
        boolean entities = false;
        boolean ascii = true;
        while (at < xml.length && xml[at] != '<') {
            if (xml[at] == '&') {
                entities = true;
            } else if (xml[at] == '\r') {
                throw new Unusual();
            }
            ascii &= xml[at] >= 0;
            at++;
        }
        if (!startsWith(close)) {
            throw new Unusual();
        }
        String raw = ascii ? new String(xml, start, at - start, StandardCharsets.US_ASCII) : strictUtf8(start, at);
        at += close.length();
        return entities ? unescape(raw) : raw;
    }

    /** UTF-8 text that StAX would accept too: a malformed sequence is left to it. */
    private String strictUtf8(int start, int end) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(xml, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new Unusual();
        }
    }

    private void skipTo(String close) {
        byte[] target = close.getBytes(StandardCharsets.US_ASCII);
        while (at < xml.length && !matches(at, target)) {
            if (xml[at] == '<' && at + 1 < xml.length && (xml[at + 1] == '!' || xml[at + 1] == '?')) {
                throw new Unusual();
            }
            at++;
        }
        if (at >= xml.length) {
            throw new Unusual();
        }
        at += target.length;
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
                throw new Unusual();
            }
            out.append(entity(raw.substring(i + 1, semi)));
            i = semi;
        }
        return out.toString();
    }

    private static String entity(String name) {
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
        throw new Unusual();
    }

    private void expect(char ch) {
        while (at < xml.length && (xml[at] == ' ' || xml[at] == '\t' || xml[at] == '\n' || xml[at] == '\r')) {
            at++;
        }
        if (at >= xml.length || xml[at] != ch) {
            throw new Unusual();
        }
    }

    private boolean startsWith(String s) {
        return matches(at, s);
    }

    /** True when the ASCII text {@code what} is at {@code from} (compared char by byte: no array made per tag). */
    private boolean matches(int from, String what) {
        if (from + what.length() > xml.length) {
            return false;
        }
        for (int i = 0; i < what.length(); i++) {
            if (xml[from + i] != what.charAt(i)) {
                return false;
            }
        }
        return true;
    }

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
        String r;
        String t;
        String si;
        boolean empty;

        /** Keeps the value (bytes start to end) of the attribute whose name is {@code length} bytes at {@code name}. */
        void put(byte[] xml, int name, int length, int start, int end) {
            byte which = length == 1 && (xml[name] == 'r' || xml[name] == 't') ? xml[name]
                    : length == 2 && xml[name] == 's' && xml[name + 1] == 'i' ? (byte) 's' : 0;
            if (which == 0) {
                return;
            }
            for (int i = start; i < end; i++) {
                if (xml[i] == '&' || xml[i] < ' ') {
                    throw new Unusual();
                }
            }
            String value = new String(xml, start, end - start, StandardCharsets.UTF_8);
            switch (which) {
                case 'r' -> r = value;
                case 't' -> t = value;
                default -> si = value;
            }
        }
    }

    /** The part is not of the plain shape this scan takes. */
    private static final class Unusual extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }
}
