package nianbao.read.ooxml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The XML around a worksheet's {@code <sheetData>}, checked well-formed in the plain shape Excel, WPS and
 * POI write (a declaration, then tags with quoted attributes and text between them, prefixes declared,
 * strict UTF-8): when {@link SheetBytes} takes every cell of a sheet, a part that StAX, reading it to the
 * end, would refuse as damaged must not be read. Anything else (comments, CDATA, processing
 * instructions, non-ASCII names, unknown entities) is left to StAX.
 */
final class SheetFrame {

    private final byte[] xml;
    private final Deque<Element> open = new ArrayDeque<>();
    private int at;

    /** An open element: its name and the prefixes it declares. */
    private record Element(String name, Set<String> prefixes) {
    }

    private SheetFrame(byte[] xml) {
        this.xml = xml;
    }

    /**
     * True when the bytes before {@code sheetData} (the offset of its start tag) and after {@code end}
     * (the offset just after {@code </sheetData>}) are plain and, with a sheetData between them, well-formed.
     */
    static boolean plain(byte[] xml, int sheetData, int end) {
        SheetFrame frame = new SheetFrame(xml);
        return StrictUtf8.wellFormed(xml, 0, sheetData) && StrictUtf8.wellFormed(xml, end, xml.length)
                && frame.prolog(sheetData) && frame.tail(end);
    }

    private boolean prolog(int sheetData) {
        at = xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF ? 3 : 0;
        if (startsWith("<?xml") && !declaration()) {
            return false;
        }
        while (blank() && at < sheetData) {
            if (!tag()) {
                return false;
            }
        }
        return at == sheetData && !open.isEmpty();
    }

    private boolean tail(int end) {
        at = end;
        while (at < xml.length && !open.isEmpty()) {
            if (!text() || at < xml.length && !tag()) {
                return false;
            }
        }
        return open.isEmpty() && !blank();
    }

    /** Character data up to the next tag: no markup but references, no control characters, no {@code ]]>}. */
    private boolean text() {
        int start = at;
        for (; at < xml.length && xml[at] != '<'; at++) {
            byte b = xml[at];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r'
                    || b == '>' && at - start >= 2 && xml[at - 1] == ']' && xml[at - 2] == ']'
                    || b == '&' && !reference()) {
                return false;
            }
        }
        return true;
    }

    /** A known reference at {@code at} (left on its ';'). */
    private boolean reference() {
        int semi = at + 1;
        while (semi < xml.length && semi - at < 12 && xml[semi] != ';') {
            semi++;
        }
        if (semi >= xml.length || xml[semi] != ';'
                || SheetBytes.entity(new String(xml, at + 1, semi - at - 1, StandardCharsets.US_ASCII)) == null) {
            return false;
        }
        at = semi;
        return true;
    }

    /** {@code <?xml version="1.x" ...?>}: its pseudo-attributes, version first. */
    private boolean declaration() {
        int start = at;
        at += 5;
        List<String> names = new ArrayList<>();
        if (!attributes(names, new HashSet<>()) || at + 1 >= xml.length || xml[at] != '?' || xml[at + 1] != '>') {
            return false;
        }
        at += 2;
        String text = new String(xml, start, at - start, StandardCharsets.US_ASCII).replace('\'', '"');
        return !names.isEmpty() && names.get(0).equals("version") && text.contains("version=\"1.0\"")
                && Set.of("version", "encoding", "standalone").containsAll(names)
                && (!names.contains("standalone") || text.contains("standalone=\"yes\"") || text.contains("standalone=\"no\""));
    }

    /** One start, empty or end tag at {@code at}. */
    private boolean tag() {
        if (xml[at] != '<') {
            return false;
        }
        boolean end = at + 1 < xml.length && xml[at + 1] == '/';
        at += end ? 2 : 1;
        String name = name();
        if (name == null) {
            return false;
        }
        if (end) {
            skipBlanks();
            if (open.isEmpty() || !open.peek().name.equals(name) || at >= xml.length || xml[at] != '>') {
                return false;
            }
            open.pop();
            at++;
            return true;
        }
        List<String> names = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        if (!attributes(names, declared) || at >= xml.length || !declaredAll(name, names, declared)) {
            return false;
        }
        if (xml[at] == '>') {
            open.push(new Element(name, declared));
            at++;
            return true;
        }
        boolean empty = xml[at] == '/' && at + 1 < xml.length && xml[at + 1] == '>';
        at += 2;
        return empty;
    }

    /** Attributes up to the tag's end, names distinct, values quoted without markup or references. */
    private boolean attributes(List<String> names, Set<String> declared) {
        while (true) {
            boolean spaced = skipBlanks();
            if (at >= xml.length) {
                return false;
            }
            if (xml[at] == '>' || xml[at] == '/' || xml[at] == '?') {
                return true;
            }
            String name = spaced ? name() : null;
            if (name == null || names.contains(name) || at + 1 >= xml.length || xml[at] != '='
                    || xml[at + 1] != '"' && xml[at + 1] != '\'') {
                return false;
            }
            byte quote = xml[at + 1];
            at += 2;
            for (; at < xml.length && xml[at] != quote; at++) {
                byte b = xml[at];
                if (b == '<' || b >= 0 && b < 0x20 && b != '\t' && b != '\n' || b == '&' && !reference()) {
                    return false;
                }
            }
            if (at >= xml.length) {
                return false;
            }
            at++;
            names.add(name);
            if (name.startsWith("xmlns:")) {
                declared.add(name.substring(6));
            }
        }
    }

    /** True when the prefixes of the element and of its attributes are declared here or by an open element. */
    private boolean declaredAll(String element, List<String> attributes, Set<String> declared) {
        if (!prefixDeclared(element, declared)) {
            return false;
        }
        for (String a : attributes) {
            if (!a.startsWith("xmlns:") && !prefixDeclared(a, declared)) {
                return false;
            }
        }
        return true;
    }

    private boolean prefixDeclared(String name, Set<String> declared) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String prefix = name.substring(0, colon);
        if (prefix.equals("xml") || declared.contains(prefix)) {
            return true;
        }
        for (Element e : open) {
            if (e.prefixes.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII name with at most one colon, not at either end; null when there is none here. */
    private String name() {
        int start = at;
        int colons = 0;
        while (at < xml.length && (isNameByte(xml[at]) || xml[at] == ':')) {
            colons += xml[at] == ':' ? 1 : 0;
            at++;
        }
        if (at == start || colons > 1 || xml[start] == ':' || xml[at - 1] == ':' || !isLetter(xml[start])) {
            return null;
        }
        return new String(xml, start, at - start, StandardCharsets.US_ASCII);
    }

    private static boolean isNameByte(byte b) {
        return isLetter(b) || b >= '0' && b <= '9' || b == '-' || b == '.';
    }

    private static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_';
    }

    /** Skips white space; true when there was some. */
    private boolean skipBlanks() {
        int start = at;
        while (at < xml.length && (xml[at] == ' ' || xml[at] == '\t' || xml[at] == '\n' || xml[at] == '\r')) {
            at++;
        }
        return at > start;
    }

    /** Skips white space; true when bytes remain. */
    private boolean blank() {
        skipBlanks();
        return at < xml.length;
    }

    private boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at + i >= xml.length || xml[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
