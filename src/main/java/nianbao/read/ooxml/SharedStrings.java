package nianbao.read.ooxml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.read.zip.SecureXml;

/**
 * The shared-strings part: the text of each string item, rich-text runs joined, phonetic runs left out.
 * A part of the plain shape ({@link SharedStringBytes}) is decoded item by item as cells ask for them;
 * any other is parsed whole by StAX.
 */
final class SharedStrings {

    private final byte[] xml;
    private final int[] ranges;
    private final String[] strings;

    private SharedStrings(byte[] xml, int[] ranges, String[] strings) {
        this.xml = xml;
        this.ranges = ranges;
        this.strings = strings;
    }

    /** The strings of a part (none when it is null). */
    static SharedStrings of(byte[] xml) throws XMLStreamException {
        if (xml == null) {
            return new SharedStrings(null, null, new String[0]);
        }
        int[] ranges = SharedStringBytes.items(xml);
        return ranges != null ? new SharedStrings(xml, ranges, new String[ranges.length / 2])
                : new SharedStrings(null, null, parse(xml).toArray(new String[0]));
    }

    /** The text of the item at {@code index}, "" when there is none. */
    String get(int index) {
        if (index < 0 || index >= strings.length) {
            return "";
        }
        if (strings[index] == null) {
            int start = ranges[2 * index];
            int end = ranges[2 * index + 1];
            String text = new String(xml, start, end - start, StandardCharsets.UTF_8);
            strings[index] = text.indexOf('&') >= 0 ? SheetBytes.unescape(text) : text;
        }
        return strings[index];
    }

    /** Every item parsed by StAX. */
    static List<String> parse(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(xml));
        try {
            StringBuilder item = null;
            int phonetic = 0;
            while (r.hasNext()) {
                int event = SecureXml.next(r);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> item = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = r.getElementText();
                            if (item != null && phonetic == 0) {
                                item.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> strings.add(item == null ? "" : item.toString());
                        case "rPh" -> phonetic--;
                        default -> { }
                    }
                }
            }
        } finally {
            r.close();
        }
        return strings;
    }
}
