package nianbao.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nianbao.model.CellAddress;

/** Shared test plumbing: workbook bytes, cells by address, the raw sheet XML, SUM arguments. */
final class Fixtures {

    private static final Pattern XML_CELL = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>(.*?)</c>)", Pattern.DOTALL);

    private Fixtures() {
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static XSSFCell cell(XSSFWorkbook wb, CellAddress a) {
        return wb.getSheet(a.sheet()).getRow(a.row()).getCell(a.column());
    }

    /** The cell at a defined name. */
    static XSSFCell named(XSSFWorkbook wb, String name) {
        return cell(wb, CellAddress.parse(wb.getName(name).getRefersToFormula()));
    }

    /** A1 address → the inner XML of its {@code <c>} element, from the first sheet's part. */
    static Map<String, String> sheetXml(byte[] xlsx) throws IOException {
        String xml = entry(xlsx, "xl/worksheets/sheet1.xml");
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = XML_CELL.matcher(xml);
        while (m.find()) {
            cells.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return cells;
    }

    static String entry(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no part " + name);
    }

    /** The A1 addresses a {@code SUM(D1:D3,F4)} formula adds up, each once; throws on another shape. */
    static Set<String> sumArguments(String formula) {
        if (!formula.startsWith("SUM(") || !formula.endsWith(")")) {
            throw new IllegalArgumentException("not a SUM: " + formula);
        }
        Set<String> cells = new LinkedHashSet<>();
        for (String part : formula.substring(4, formula.length() - 1).split(",")) {
            CellRangeAddress range = CellRangeAddress.valueOf(part);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (!cells.add(new CellReference(r, c).formatAsString(false))) {
                        throw new IllegalArgumentException("cell summed twice in " + formula);
                    }
                }
            }
        }
        return cells;
    }

    static InputStream stream(byte[] xlsx) {
        return new ByteArrayInputStream(xlsx);
    }
}
