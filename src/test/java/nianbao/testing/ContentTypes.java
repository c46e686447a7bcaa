package nianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A package's {@code [Content_Types].xml}: the content type of each part, by override or by extension. */
record ContentTypes(Map<String, String> defaults, Map<String, String> overrides) {

    static final String PART = "[Content_Types].xml";
    static final String NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";

    ContentTypes {
        defaults = Map.copyOf(defaults);
        overrides = Map.copyOf(overrides);
    }

    static ContentTypes of(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(PART);
        if (entry == null) {
            throw new IOException(zip.getName() + " has no " + PART);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element types = factory.newDocumentBuilder().parse(in).getDocumentElement();
            return new ContentTypes(read(types, "Default", "Extension"), read(types, "Override", "PartName"));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(zip.getName() + ": " + PART + " is not well-formed: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> read(Element types, String element, String key) {
        Map<String, String> map = new HashMap<>();
        NodeList list = types.getElementsByTagNameNS(NAMESPACE, element);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            map.put(e.getAttribute(key), e.getAttribute("ContentType"));
        }
        return map;
    }

    /** The content type of a part named as in the zip (no leading slash); empty when none is declared. */
    String of(String part) {
        String override = overrides.get("/" + part);
        return override != null ? override : defaults.getOrDefault(part.substring(part.lastIndexOf('.') + 1), "");
    }
}
