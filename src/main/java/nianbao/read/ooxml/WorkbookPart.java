package nianbao.read.ooxml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.read.DefinedNames;
import nianbao.read.zip.SecureXml;

/**
 * What the workbook part ({@code xl/workbook.xml} or however the package names it) and its relationships
 * say: the sheets (name → relationship id) and the workbook-level defined names.
 *
 * @param sheets sheet name → relationship id, in workbook order
 * @param names the workbook-level defined names
 */
public record WorkbookPart(Map<String, String> sheets, DefinedNames names) {

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /**
     * Where the workbook's relationships lead: worksheet relationship id → part, and the shared-strings part.
     *
     * @param base the folder of the workbook part, against which the targets were resolved
     * @param worksheets relationship id → worksheet part path
     * @param sharedStrings the shared-strings part's path ({@code base + "sharedStrings.xml"} when none is named)
     */
    record Relations(String base, Map<String, String> worksheets, String sharedStrings) {
        Relations {
            worksheets = Collections.unmodifiableMap(new HashMap<>(worksheets));
        }
    }

    /** Parses a workbook part; null when the part is not a workbook at all (its root element is another). */
    static WorkbookPart parse(byte[] xml) throws XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> local = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(xml));
        try {
            boolean root = true;
            while (r.hasNext()) {
                if (SecureXml.next(r) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root && !r.getLocalName().equals("workbook")) {
                    return null;
                }
                root = false;
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
        return new WorkbookPart(Collections.unmodifiableMap(sheets), new DefinedNames(names, repeated));
    }

    /** The worksheets and the shared strings a workbook's relationships part (null: none) leads to, resolved against {@code base}. */
    static Relations relations(byte[] rels, String base) throws XMLStreamException {
        Map<String, String> worksheets = new HashMap<>();
        String sharedStrings = base + "sharedStrings.xml";
        if (rels == null) {
            return new Relations(base, worksheets, sharedStrings);
        }
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(rels));
        try {
            while (r.hasNext()) {
                if (SecureXml.next(r) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String type = String.valueOf(r.getAttributeValue(null, "Type"));
                    String target = resolve(base, r.getAttributeValue(null, "Target"));
                    if (type.endsWith("/worksheet")) {
                        worksheets.put(r.getAttributeValue(null, "Id"), target);
                    } else if (type.endsWith("/sharedStrings")) {
                        sharedStrings = target;
                    }
                }
            }
        } finally {
            r.close();
        }
        return new Relations(base, worksheets, sharedStrings);
    }

    /** The main part named by the package relationships ({@code _rels/.rels}), or "" when they name none. */
    public static String officeDocument(byte[] rels) throws XMLStreamException {
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
        return "";
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
