package nianbao.read;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.model.CellAddress;

/** One StAX pass over a worksheet part into a {@link Grid}, shared formulas expanded. */
final class SheetPart {

    private final Grid grid;
    private final IntFunction<String> sharedStrings;
    private final Map<String, SharedFormula> shared = new HashMap<>();
    private int row = -1;
    private int column = -1;

    private SheetPart(String name, IntFunction<String> sharedStrings) {
        this.grid = new Grid(name);
        this.sharedStrings = sharedStrings;
    }

    /** Parses a worksheet part; text cells of type "s" are looked up through {@code sharedStrings}. */
    static Grid parse(byte[] xml, String name, IntFunction<String> sharedStrings) throws XMLStreamException {
        SheetPart part = new SheetPart(name, sharedStrings);
        XMLStreamReader r = SecureXml.open(new ByteArrayInputStream(xml));
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
                String at = r.getAttributeValue(null, "r");
                row = at != null ? Integer.parseInt(at) - 1 : row + 1;
                column = -1;
            } else if (local.equals("c")) {
                readCell(r);
            }
        }
    }

    private void readCell(XMLStreamReader r) throws XMLStreamException {
        String ref = r.getAttributeValue(null, "r");
        if (ref != null) {
            CellAddress at = CellAddress.parse("x!" + ref);
            row = at.row();
            column = at.column();
        } else {
            column++;
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
                case "rPh" -> skip(r);
                default -> { }
            }
        }
        grid.put(row, column, cell(type, inline != null ? inline.toString() : value, formula));
    }

    private String readFormula(XMLStreamReader r) throws XMLStreamException {
        String si = "shared".equals(r.getAttributeValue(null, "t")) ? r.getAttributeValue(null, "si") : null;
        String text = r.getElementText().strip();
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
            default -> value.isBlank() ? new RawCell(RawCell.Kind.EMPTY, "", formula)
                    : new RawCell(RawCell.Kind.NUMBER, value.strip(), formula);
        };
    }

    private String sharedString(String index) {
        try {
            String s = sharedStrings.apply(Integer.parseInt(index.strip()));
            return s == null ? "" : s;
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0 && r.hasNext(); ) {
            int event = SecureXml.next(r);
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private record SharedFormula(String text, int row, int column) {
    }
}
