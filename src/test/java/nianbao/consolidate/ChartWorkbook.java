package nianbao.consolidate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook POI wrote with a sheet 汇总 and an empty sheet 图表, whose package then gets {@link
 * ChartSheet#parts}: the empty sheet's part replaced, the others added, each declared in {@code
 * [Content_Types].xml} (relationship parts are covered by the package's default for {@code .rels}).
 */
final class ChartWorkbook {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private ChartWorkbook() {
    }

    /** Writes the workbook of {@code c}'s 图表 to {@code file}; returns the parts spliced in. */
    static List<PackagePart> write(Consolidation c, Path file) throws IOException {
        ByteArrayOutputStream base = new ByteArrayOutputStream();
        String sheetPart;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet(ConsolidatedWorkbook.SUMMARY).createRow(0).createCell(0).setCellValue("汇总");
            XSSFSheet charts = wb.createSheet(ConsolidatedWorkbook.CHARTS);
            sheetPart = charts.getPackagePart().getPartName().getName().substring(1);
            wb.write(base);
        }
        List<PackagePart> parts = ChartSheet.parts(c, sheetPart);
        Map<String, PackagePart> byName = new LinkedHashMap<>();
        parts.forEach(p -> byName.put(p.name(), p));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(CONTENT_TYPES)) {
                    entry(out, CONTENT_TYPES, declared(new String(in.readAllBytes(), StandardCharsets.UTF_8), parts));
                } else if (!byName.containsKey(e.getName())) {
                    entry(out, e.getName(), in.readAllBytes());
                }
            }
            for (PackagePart p : parts) {
                entry(out, p.name(), p.bytes());
            }
        }
        return parts;
    }

    /** The content types with an {@code <Override>} for every part not yet declared, but relationship parts. */
    static byte[] declared(String contentTypes, Collection<PackagePart> parts) {
        StringBuilder overrides = new StringBuilder();
        for (PackagePart p : parts) {
            if (!p.name().endsWith(".rels") && !contentTypes.contains("PartName=\"/" + p.name() + "\"")) {
                overrides.append("<Override PartName=\"/").append(p.name()).append("\" ContentType=\"").append(p.contentType()).append("\"/>");
            }
        }
        return contentTypes.replace("</Types>", overrides + "</Types>").getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
