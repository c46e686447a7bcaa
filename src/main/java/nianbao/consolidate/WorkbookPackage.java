package nianbao.consolidate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the consolidated workbook's package: the base's parts (with 汇总 filled in) followed by every
 * added sheet, the workbook, its relationships and the content types extended to list them. Streamed
 * sheets are written row by row on the calling thread and deflated on another ({@link DeflatingZip}).
 */
final class WorkbookPackage {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String WORKBOOK = "xl/workbook.xml";
    static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    static final String CORE = "docProps/core.xml";

    /** The XML declaration every part made here starts with. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** SpreadsheetML's namespace. */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The namespace of relationship ids ({@code r:id}) and, with a slash and a name, of relationship types. */
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKSHEET_RELATION = RELATIONSHIPS + "/worksheet";
    private static final Pattern RELATION_ID = Pattern.compile("Id=\"rId(\\d+)\"");
    private static final Pattern SHEET_ID = Pattern.compile("sheetId=\"(\\d+)\"");
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private WorkbookPackage() {
    }

    /**
     * Writes the base with its data sheet replaced by {@code summarySheet}, then the added sheets in order,
     * their footers naming {@code agency}, the consolidating body.
     */
    static void write(SummaryBase base, byte[] summarySheet, List<AddedSheet> sheets, String agency, OutputStream out)
            throws IOException {
        Map<String, AddedSheet> byPart = new LinkedHashMap<>();
        List<PackagePart> made = new ArrayList<>();
        for (AddedSheet sheet : sheets) {
            String part = "xl/worksheets/sheet" + (byPart.size() + 2) + ".xml";
            byPart.put(part, sheet);
            if (sheet instanceof AddedSheet.Made m) {
                made.addAll(m.parts().apply(part));
            }
        }
        Map<String, String> ids = relationIds(base, byPart.keySet());
        Map<String, byte[]> replaced = Map.of(
                BaseWorkbook.SHEET, summarySheet,
                CONTENT_TYPES, contentTypes(base, byPart.keySet(), made),
                WORKBOOK, workbook(base, byPart, ids),
                WORKBOOK_RELS, relationships(base, ids),
                CORE, created(base.part(CORE), Instant.now()));
        try (DeflatingZip zip = new DeflatingZip(out)) {
            for (Map.Entry<String, byte[]> part : base.parts().entrySet()) {
                zip.entry(part.getKey(), DeflatingZip.Compression.NORMAL);
                zip.write(replaced.getOrDefault(part.getKey(), part.getValue()));
            }
            for (Map.Entry<String, AddedSheet> sheet : byPart.entrySet()) {
                if (sheet.getValue() instanceof AddedSheet.Streamed s) {
                    zip.entry(sheet.getKey(), DeflatingZip.Compression.FAST);
                    stream(s, agency, zip);
                }
            }
            for (PackagePart part : made) {
                zip.entry(part.name(), DeflatingZip.Compression.NORMAL);
                zip.write(part.bytes());
            }
            zip.finish();
        }
    }

    private static void stream(AddedSheet.Streamed sheet, String agency, OutputStream zip) throws IOException {
        SheetRows rows = new SheetRows(zip);
        rows.raw(head(sheet));
        String filter = sheet.body().write(rows);
        StringBuilder tail = new StringBuilder("</sheetData>");
        if (filter != null) {
            tail.append("<autoFilter ref=\"").append(filter).append("\"/>");
        }
        List<String> merged = rows.merged();
        if (!merged.isEmpty()) {
            tail.append("<mergeCells count=\"").append(merged.size()).append("\">");
            merged.forEach(ref -> tail.append("<mergeCell ref=\"").append(ref).append("\"/>"));
            tail.append("</mergeCells>");
        }
        rows.raw(tail.append(sheet.page().tail(agency)).append("</worksheet>").toString());
        rows.flush();
    }

    /** The width kept by a hidden column (a width of 0 in a sheet's widths), shown again at this width. */
    private static final int HIDDEN_WIDTH = 30;

    /** The worksheet up to its rows: how it fits the page, the frozen panes and the column widths. */
    static String head(AddedSheet.Streamed sheet) {
        StringBuilder s = new StringBuilder(DECLARATION + "<worksheet xmlns=\"")
                .append(MAIN).append("\">").append(sheet.page().properties()).append("<sheetViews><sheetView workbookViewId=\"0\">");
        int columns = sheet.frozenColumns();
        int rows = sheet.frozenRows();
        if (columns > 0 || rows > 0) {
            String pane = columns > 0 && rows > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
            s.append("<pane").append(columns > 0 ? " xSplit=\"" + columns + "\"" : "").append(rows > 0 ? " ySplit=\"" + rows + "\"" : "")
                    .append(" topLeftCell=\"").append(SheetRows.column(columns)).append(rows + 1)
                    .append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/>");
        }
        s.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        List<Integer> widths = sheet.widths();
        if (!widths.isEmpty()) {
            s.append("<cols>");
            for (int i = 0; i < widths.size(); ) {
                int j = i;
                while (j + 1 < widths.size() && widths.get(j + 1).equals(widths.get(i))) {
                    j++;
                }
                int width = widths.get(i);
                s.append("<col min=\"").append(i + 1).append("\" max=\"").append(j + 1).append("\" width=\"")
                        .append(width == 0 ? HIDDEN_WIDTH + "\" hidden=\"1" : width).append("\" customWidth=\"1\"/>");
                i = j + 1;
            }
            s.append("</cols>");
        }
        return s.append("<sheetData>").toString();
    }

    private static byte[] contentTypes(SummaryBase base, Set<String> sheets, List<PackagePart> made) {
        StringBuilder overrides = new StringBuilder();
        for (String sheet : sheets) {
            override(overrides, sheet, PackagePart.WORKSHEET);
        }
        for (PackagePart part : made) {
            if (!sheets.contains(part.name()) && !part.contentType().equals(PackagePart.RELATIONSHIPS)) {
                override(overrides, part.name(), part.contentType());
            }
        }
        return insert(base.part(CONTENT_TYPES), "</Types>", overrides);
    }

    private static void override(StringBuilder overrides, String part, String type) {
        overrides.append("<Override PartName=\"/").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    /** Each added sheet's part → its relationship id in the workbook, numbered on from the base's. */
    private static Map<String, String> relationIds(SummaryBase base, Set<String> sheets) {
        int id = max(RELATION_ID, new String(base.part(WORKBOOK_RELS), StandardCharsets.UTF_8));
        Map<String, String> ids = new LinkedHashMap<>();
        for (String sheet : sheets) {
            ids.put(sheet, "rId" + ++id);
        }
        return ids;
    }

    private static byte[] relationships(SummaryBase base, Map<String, String> ids) {
        StringBuilder added = new StringBuilder();
        ids.forEach((sheet, id) -> added.append("<Relationship Id=\"").append(id).append("\" Target=\"")
                .append(sheet.substring("xl/".length())).append("\" Type=\"").append(WORKSHEET_RELATION).append("\"/>"));
        return insert(base.part(WORKBOOK_RELS), "</Relationships>", added);
    }

    /** The base's workbook with the added sheets listed after its one sheet, and the added sheets' print titles. */
    private static byte[] workbook(SummaryBase base, Map<String, AddedSheet> sheets, Map<String, String> ids) {
        int sheetId = max(SHEET_ID, new String(base.part(WORKBOOK), StandardCharsets.UTF_8));
        StringBuilder added = new StringBuilder();
        StringBuilder titles = new StringBuilder();
        int index = 0;
        for (Map.Entry<String, AddedSheet> sheet : sheets.entrySet()) {
            String name = sheet.getValue().name();
            added.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(++sheetId)
                    .append("\" r:id=\"").append(ids.get(sheet.getKey())).append("\"/>");
            index++;
            if (sheet.getValue() instanceof AddedSheet.Streamed s) {
                titles.append(s.page().printTitles(name, index));
            }
        }
        return insert(insert(base.part(WORKBOOK), "</sheets>", added), "</definedNames>", titles);
    }

    /** The core properties with the time of writing as their creation time. */
    static byte[] created(byte[] core, Instant now) {
        Matcher m = CREATED.matcher(new String(core, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("汇总表底稿的文档属性没有创建时间");
        }
        return m.replaceFirst("$1" + now.truncatedTo(ChronoUnit.SECONDS) + "$2").getBytes(StandardCharsets.UTF_8);
    }

    private static int max(Pattern number, String xml) {
        int max = 0;
        for (Matcher m = number.matcher(xml); m.find(); ) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private static byte[] insert(byte[] xml, String before, CharSequence added) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int at = s.lastIndexOf(before);
        if (at < 0) {
            throw new IllegalStateException("汇总表底稿的部件缺少 " + before);
        }
        return (s.substring(0, at) + added + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
