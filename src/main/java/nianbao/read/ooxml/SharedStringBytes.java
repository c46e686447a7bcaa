package nianbao.read.ooxml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A check of a shared-strings part's bytes for the one plain shape Excel and POI write (an XML declaration,
 * {@code <sst>} with unprefixed attributes, then only {@code <si><t>text</t></si>} or {@code <si><t/></si>}
 * items), finding where each item's text lies without decoding it. Every byte is checked as StAX would (UTF-8, XML characters,
 * entities); anything else (rich text, phonetic runs, a comment, a carriage return…) is left to StAX.
 */
final class SharedStringBytes {

    private static final byte[][] DECLARATIONS = {
        bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"),
        bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
    };
    private static final byte[] SST = bytes("<sst");
    private static final byte[] END = bytes("</sst>");
    private static final byte[] ITEM = bytes("<si><t");
    private static final byte[] PRESERVE = bytes(" xml:space=\"preserve\">");
    private static final byte[] ITEM_END = bytes("</t></si>");
    private static final byte[] EMPTY_ITEM_END = bytes("/></si>");

    private final byte[] xml;
    private int at;
    private int[] ranges = new int[256];
    private int count;

    private SharedStringBytes(byte[] xml) {
        this.xml = xml;
    }

    /** The [start, end) offsets of each item's text, two ints per item; null when the part is not plain. */
    static int[] items(byte[] xml) {
        try {
            return new SharedStringBytes(xml).scan();
        } catch (UnusualPart e) {
            return null;
        }
    }

    private int[] scan() {
        declaration();
        expect(SST);
        attributes();
        while (!ahead(END)) {
            item();
        }
        at += END.length;
        newlines();
        if (at != xml.length) {
            throw new UnusualPart();
        }
        return Arrays.copyOf(ranges, count);
    }

    private void declaration() {
        for (byte[] d : DECLARATIONS) {
            if (ahead(d)) {
                at = d.length;
                newlines();
                return;
            }
        }
        throw new UnusualPart();
    }

    private void newlines() {
        while (at < xml.length && (xml[at] == '\n' || xml[at] == '\r' && at + 1 < xml.length && xml[at + 1] == '\n')) {
            at++;
        }
    }

    /** The attributes of {@code <sst>}: unprefixed, distinct, plain ASCII values; positioned after its '>'. */
    private void attributes() {
        int names = 0;
        String[] seen = new String[8];
        while (at < xml.length && xml[at] == ' ') {
            at++;
            int name = at;
            while (at < xml.length && (isLetter(xml[at]) || xml[at] >= '0' && xml[at] <= '9' && at > name)) {
                at++;
            }
            String n = new String(xml, name, at - name, StandardCharsets.US_ASCII);
            if (at == name || names == seen.length || Arrays.asList(seen).contains(n)) {
                throw new UnusualPart();
            }
            seen[names++] = n;
            value();
        }
        expect(new byte[] {'>'});
    }

    private void value() {
        expect(new byte[] {'=', '"'});
        while (at < xml.length && xml[at] >= ' ' && xml[at] != '"' && xml[at] != '<' && xml[at] != '&') {
            at++;
        }
        expect(new byte[] {'"'});
    }

    private static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private void item() {
        expect(ITEM);
        if (ahead(EMPTY_ITEM_END)) {
            add(at, at);
            at += EMPTY_ITEM_END.length;
            return;
        }
        if (ahead(PRESERVE)) {
            at += PRESERVE.length;
        } else {
            expect(new byte[] {'>'});
        }
        int start = at;
        text();
        add(start, at);
        expect(ITEM_END);
    }

    private void add(int start, int end) {
        if (count == ranges.length) {
            ranges = Arrays.copyOf(ranges, count * 2);
        }
        ranges[count++] = start;
        ranges[count++] = end;
    }

    /**
     * Passes over text up to the next '<', checking each character and entity; the three-byte sequences
     * of U+1000 to U+CFFF (Chinese among them) need no more than their continuation bytes checked.
     */
    private void text() {
        while (at < xml.length && xml[at] != '<') {
            int b = xml[at] & 0xFF;
            if (b >= 0xE1 && b <= 0xEC && at + 2 < xml.length && (xml[at + 1] & 0xC0) == 0x80 && (xml[at + 2] & 0xC0) == 0x80) {
                at += 3;
            } else if (b >= 0x80) {
                at = StrictUtf8.xmlCharEnd(xml, at);
                if (at < 0) {
                    throw new UnusualPart();
                }
            } else if (b < 0x20 && b != '\t' && b != '\n') {
                throw new UnusualPart();
            } else if (b == '&') {
                at = entity();
            } else if (b == '>' && at >= 2 && xml[at - 1] == ']' && xml[at - 2] == ']') {
                throw new UnusualPart();
            } else {
                at++;
            }
        }
    }

    /** Checks the entity at {@code at} as {@link SheetBytes#unescape} takes it; the offset after its ';'. */
    private int entity() {
        int semi = at + 1;
        while (semi < xml.length && semi - at <= 10 && xml[semi] != ';' && xml[semi] != '<') {
            semi++;
        }
        if (semi >= xml.length || xml[semi] != ';') {
            throw new UnusualPart();
        }
        try {
            SheetBytes.unescape(new String(xml, at, semi + 1 - at, StandardCharsets.US_ASCII));
        } catch (RuntimeException e) {
            throw new UnusualPart();
        }
        return semi + 1;
    }

    private boolean ahead(byte[] what) {
        return Arrays.equals(xml, Math.min(at, xml.length), Math.min(at + what.length, xml.length), what, 0, what.length);
    }

    private void expect(byte[] what) {
        if (!ahead(what)) {
            throw new UnusualPart();
        }
        at += what.length;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
