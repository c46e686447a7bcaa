package nianbao.consolidate;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a POI workbook whose big sheets are empty placeholders, then copies its package into the
 * output part by part, streaming each placeholder's rows in place of its empty {@code <sheetData/>}.
 */
final class SplicedPackage {

    /** Streams the rows of one sheet; returns the range of its autofilter, or null for none. */
    @FunctionalInterface
    interface Body {
        String write(Writer out) throws IOException;
    }

    private static final String EMPTY = "<sheetData/>";
    /** The placeholder's extent ("A1"), dropped since it is optional and would be wrong. */
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[^\"]*\"/>");

    private SplicedPackage() {
    }

    static void write(XSSFWorkbook wb, Map<XSSFSheet, Body> bodies, OutputStream out) throws IOException {
        Map<String, Body> byPart = new HashMap<>();
        bodies.forEach((sheet, body) -> byPart.put(sheet.getPackagePart().getPartName().getName().substring(1), body));
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        wb.write(small);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                Body body = byPart.get(entry.getName());
                if (body == null) {
                    in.transferTo(zip);
                } else {
                    splice(new String(in.readAllBytes(), StandardCharsets.UTF_8), body, zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static void splice(String placeholder, Body body, OutputStream zip) throws IOException {
        int at = placeholder.indexOf(EMPTY);
        if (at < 0) {
            throw new IllegalStateException("placeholder sheet without " + EMPTY);
        }
        String head = DIMENSION.matcher(placeholder.substring(0, at)).replaceFirst("");
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        w.write(head);
        w.write("<sheetData>");
        String filter = body.write(w);
        w.write("</sheetData>");
        if (filter != null) {
            w.write("<autoFilter ref=\"" + filter + "\"/>");
        }
        w.write(placeholder, at + EMPTY.length(), placeholder.length() - at - EMPTY.length());
        w.flush();
    }
}
