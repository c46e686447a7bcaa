package nianbao.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared-strings part: the text of each string item, rich-text runs joined, phonetic runs left out. */
final class SharedStrings {

    private SharedStrings() {
    }

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
