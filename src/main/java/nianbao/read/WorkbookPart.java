package nianbao.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code xl/workbook.xml} and its relationships say: the sheets (name → relationship id) and the
 * workbook-level defined names.
 *
 * @param sheets sheet name → relationship id, in workbook order
 * @param names workbook-level defined name → its formula text (the first, when a name is defined twice)
 * @param repeated names defined more than once: twice at workbook level, or also on a sheet
 */
record WorkbookPart(Map<String, String> sheets, Map<String, String> names, Set<String> repeated) {

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private static final int REMEMBERED = 8;
    private static final int REMEMBERED_BYTES = 1 << 20;
    private static final Map<Content, WorkbookPart> PARSED = new ConcurrentHashMap<>();

    /**
     * Parses a workbook part; the parses of the last few parts are remembered by their bytes, since
     * files of one template carry byte-identical workbook parts with the same 200-odd names.
     */
    static WorkbookPart parse(byte[] xml) throws XMLStreamException {
        if (xml.length > REMEMBERED_BYTES) {
            return parseAnew(xml);
        }
        Content content = new Content(xml);
        WorkbookPart known = PARSED.get(content);
        if (known != null) {
            return known;
        }
        WorkbookPart part = parseAnew(xml);
        if (PARSED.size() >= REMEMBERED) {
            PARSED.clear();
        }
        PARSED.put(content, part);
        return part;
    }

    private static WorkbookPart parseAnew(byte[] xml) throws XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> local = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(xml));
        try {
            while (r.hasNext()) {
                if (SecureXml.next(r) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("sheet")) {
                    String id = r.getAttributeValue(REL_NS, "id");
                    sheets.put(r.getAttributeValue(null, "name"), id != null ? id : r.getAttributeValue(STRICT_REL_NS, "id"));
                } else if (r.getLocalName().equals("definedName")) {
                    boolean isLocal = r.getAttributeValue(null, "localSheetId") != null;
                    String name = r.getAttributeValue(null, "name");
                    String text = r.getElementText().strip();
                    if (name != null && isLocal) {
                        local.add(name);
                    } else if (name != null && names.putIfAbsent(name, text) != null) {
                        repeated.add(name);
                    }
                }
            }
        } finally {
            r.close();
        }
        local.retainAll(names.keySet());
        repeated.addAll(local);
        return new WorkbookPart(Collections.unmodifiableMap(sheets), Collections.unmodifiableMap(names), Set.copyOf(repeated));
    }

    /** The bytes of a part as a map key (compared by content). */
    private record Content(byte[] bytes, int hash) {
        Content(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && c.hash == hash && Arrays.equals(c.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Relationship id → target part path (resolved against {@code base}), for worksheet relationships only. */
    static Map<String, String> worksheetTargets(byte[] rels, String base) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(rels));
        try {
            while (r.hasNext()) {
                if (SecureXml.next(r) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String type = r.getAttributeValue(null, "Type");
                    if (type != null && type.endsWith("/worksheet")) {
                        targets.put(r.getAttributeValue(null, "Id"), resolve(base, r.getAttributeValue(null, "Target")));
                    }
                }
            }
        } finally {
            r.close();
        }
        return targets;
    }

    /** The main part named by the package relationships ({@code _rels/.rels}), or null. */
    static String officeDocument(byte[] rels) throws XMLStreamException {
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(rels));
        try {
            while (r.hasNext()) {
                if (SecureXml.next(r) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                        && String.valueOf(r.getAttributeValue(null, "Type")).endsWith("/officeDocument")) {
                    return resolve("", r.getAttributeValue(null, "Target"));
                }
            }
        } finally {
            r.close();
        }
        return null;
    }

    /** Resolves a relationship target against the folder of its source part. */
    static String resolve(String base, String target) {
        if (target == null) {
            return "";
        }
        String path = target.startsWith("/") ? target.substring(1) : base + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
