package nianbao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.form.Field;

/**
 * Copies a {@link BaseFile} with other numbers and another agency: the data sheet's cells get new
 * stored values (or none, for formulas of an uncached base), the shared strings a new name; every other
 * part is copied as it is. Much faster than building each workbook with POI.
 */
final class Variant {

    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern FORMULA = Pattern.compile("<f[^>]*/>|<f[^>]*>.*?</f>", Pattern.DOTALL);

    private Variant() {
    }

    /** Writes a copy of {@code base} for {@code agency} whose key cells show {@code shown}. */
    static void write(BaseFile base, String agency, Map<String, BigDecimal> shown, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> e : base.entries().entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey()));
            zip.write(part(base, e.getKey(), e.getValue(), agency, shown));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static byte[] part(BaseFile base, String name, byte[] bytes, String agency, Map<String, BigDecimal> shown) {
        if (name.equals(base.sheetPart())) {
            return sheet(base, new String(bytes, StandardCharsets.UTF_8), shown).getBytes(StandardCharsets.UTF_8);
        }
        if (name.equals("xl/sharedStrings.xml")) {
            return new String(bytes, StandardCharsets.UTF_8).replace(BaseFile.AGENCY, agency).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    static String sheet(BaseFile base, String xml, Map<String, BigDecimal> shown) {
        Matcher m = CELL.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 1024);
        int last = 0;
        while (m.find()) {
            Field field = base.cells().get(m.group(1));
            boolean uncachedFormula = !base.kind().cached() && m.group(3) != null && m.group(3).contains("<f");
            if (field == null && !uncachedFormula) {
                continue;
            }
            out.append(xml, last, m.start());
            cell(out, m, field == null ? null : shown.get(field.key()), base.kind().cached());
            last = m.end();
        }
        return out.append(xml, last, xml.length()).toString();
    }

    /** A cell with a new stored value, or without one (formulas of an uncached base, whatever their type). */
    private static void cell(StringBuilder out, Matcher m, BigDecimal value, boolean cached) {
        String inner = m.group(3) == null ? "" : m.group(3);
        Matcher f = FORMULA.matcher(inner);
        String formula = f.find() ? f.group() : "";
        String attributes = m.group(2).replaceAll("\\s*/$", "").replaceAll(" t=\"[^\"]*\"", "");
        out.append("<c r=\"").append(m.group(1)).append('"').append(attributes).append('>').append(formula);
        if (value != null && (formula.isEmpty() || cached)) {
            out.append("<v>").append(value.toPlainString()).append("</v>");
        }
        out.append("</c>");
    }
}
