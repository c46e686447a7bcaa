package nianbao.consolidate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a POI workbook whose big sheets are empty placeholders, then copies its package into the
 * output part by part, streaming each placeholder's rows in place of its empty {@code <sheetData/>}.
 * The rows are made on the calling thread and deflated on another ({@link DeflatingZip}).
 */
final class SplicedPackage {

    /** Streams the rows of one sheet; returns the range of its autofilter, or null for none. */
    @FunctionalInterface
    interface Body {
        String write(SheetRows rows) throws IOException;
    }

    private static final byte[] EMPTY = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);
    /** The placeholder's extent ("A1"), dropped since it is optional and would be wrong. */
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[^\"]*\"/>");

    private SplicedPackage() {
    }

    static void write(XSSFWorkbook wb, Map<XSSFSheet, Body> bodies, OutputStream out) throws IOException {
        Map<String, Body> byPart = new HashMap<>();
        bodies.forEach((sheet, body) -> byPart.put(sheet.getPackagePart().getPartName().getName().substring(1), body));
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        wb.write(small);
        try (DeflatingZip zip = new DeflatingZip(out);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Body body = byPart.get(entry.getName());
                if (body == null) {
                    zip.entry(entry.getName(), DeflatingZip.Compression.NORMAL);
                    in.transferTo(zip);
                } else {
                    zip.entry(entry.getName(), DeflatingZip.Compression.FAST);
                    splice(in.readAllBytes(), body, zip);
                }
            }
            zip.finish();
        }
    }

    private static void splice(byte[] placeholder, Body body, OutputStream zip) throws IOException {
        int at = indexOf(placeholder, EMPTY);
        if (at < 0) {
            throw new IllegalStateException("placeholder sheet without <sheetData/>");
        }
        SheetRows rows = new SheetRows(zip);
        rows.raw(DIMENSION.matcher(new String(placeholder, 0, at, StandardCharsets.UTF_8)).replaceFirst(""));
        rows.raw("<sheetData>");
        String filter = body.write(rows);
        rows.raw("</sheetData>");
        if (filter != null) {
            rows.raw("<autoFilter ref=\"" + filter + "\"/>");
        }
        rows.raw(placeholder, at + EMPTY.length, placeholder.length - at - EMPTY.length);
        rows.flush();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            int j = 0;
            while (j < part.length && bytes[i + j] == part[j]) {
                j++;
            }
            if (j == part.length) {
                return i;
            }
        }
        return -1;
    }
}
