package nianbao.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;

/**
 * Writes 图表: the agencies with the most applications received (top N, bar chart) and the breakdown
 * of 办理结果 for the whole area (pie chart), each over a small table on the same sheet. The sheet, its drawing and
 * its charts are made as package parts ({@link Chart} writes the DrawingML).
 */
final class ChartSheet {

    /** The drawing part holding the charts' anchors. */
    static final String DRAWING = "xl/drawings/drawing1.xml";

    /** The bar chart's least height in rows; it grows with the agencies ranked. */
    private static final int MIN_ROWS = 16;
    private static final int PIE_ROWS = 18;
    /** 图表 prints landscape on one page, both charts whole. */
    private static final PageSetup PAGE = PageSetup.onePage(true);

    private static final Pattern SHEET_PART = Pattern.compile("xl/worksheets/([^/]+\\.xml)");

    private ChartSheet() {
    }

    /**
     * The parts of 图表 for the worksheet part {@code sheetPart} (e.g. {@code xl/worksheets/sheet7.xml}):
     * the worksheet, its relationships, {@value #DRAWING} with its relationships, and {@code
     * xl/charts/chart1.xml} (the ranking, when any agency is ranked) and the next chart (the results).
     */
    static List<PackagePart> parts(Consolidation c, String agency, String sheetPart) {
        Matcher sheet = SHEET_PART.matcher(sheetPart);
        if (!sheet.matches()) {
            throw new IllegalArgumentException("not a worksheet part in xl/worksheets/: " + sheetPart);
        }
        List<Chart.Series> table = table(c);
        List<Chart> charts = charts(table);
        List<String> targets = new ArrayList<>();
        List<PackagePart> parts = new ArrayList<>(List.of(
                new PackagePart(sheetPart, PackagePart.WORKSHEET, worksheet(table, agency)),
                new PackagePart("xl/worksheets/_rels/" + sheet.group(1) + ".rels", PackagePart.RELATIONSHIPS,
                        relationships("drawing", List.of("../drawings/drawing1.xml"))),
                new PackagePart(DRAWING, PackagePart.DRAWING, Chart.drawing(charts))));
        for (int i = 0; i < charts.size(); i++) {
            targets.add("../charts/chart" + (i + 1) + ".xml");
            parts.add(new PackagePart("xl/charts/chart" + (i + 1) + ".xml", PackagePart.CHART, charts.get(i).xml()));
        }
        parts.add(new PackagePart("xl/drawings/_rels/drawing1.xml.rels", PackagePart.RELATIONSHIPS, relationships("chart", targets)));
        return parts;
    }

    /** The table's two column pairs: the ranked agencies (A:B, maybe none) and the six kinds of results (D:E). */
    private static List<Chart.Series> table(Consolidation c) {
        Map<String, BigDecimal> results = results(c.totals());
        return List.of(
                new Chart.Series("单位", "本年新收申请数", 0, c.top().stream().map(Consolidation.Ranked::agency).toList(),
                        c.top().stream().map(Consolidation.Ranked::value).toList()),
                new Chart.Series("办理结果", "件数", 3, List.copyOf(results.keySet()), List.copyOf(results.values())));
    }

    /**
     * The bar chart of the ranking (only when an agency is ranked), a row and a half per agency, so that
     * every agency's name has room to show, and room for its title and axis, at least {@value #MIN_ROWS} rows
     * tall; then, a row below it, the pie of the results.
     */
    private static List<Chart> charts(List<Chart.Series> table) {
        Chart.Series ranking = table.get(0);
        int tall = Math.max(MIN_ROWS, (3 * ranking.size() + 1) / 2 + 4);
        int below = tall + 1;
        Chart pie = new Chart(Chart.Kind.PIE, "本年度办理结果构成（全部汇总单位）", table.get(1), below, below + PIE_ROWS);
        if (ranking.size() == 0) {
            return List.of(pie);
        }
        String title = "本年新收政府信息公开申请数量（前 " + ranking.size() + " 个单位）";
        return List.of(new Chart(Chart.Kind.BAR, title, ranking, 0, tall), pie);
    }

    /** The worksheet: the table, how it prints, and the drawing. */
    private static byte[] worksheet(List<Chart.Series> table, String agency) {
        PageSetup page = PAGE;
        return Chart.write(rows -> {
            rows.raw(WorkbookPackage.DECLARATION + "<worksheet xmlns=\"" + WorkbookPackage.MAIN + "\""
                    + " xmlns:r=\"" + WorkbookPackage.RELATIONSHIPS + "\">" + page.properties()
                    + "<cols><col min=\"1\" max=\"1\" width=\"28\" customWidth=\"1\"/>"
                    + "<col min=\"4\" max=\"4\" width=\"20\" customWidth=\"1\"/></cols><sheetData>");
            int height = table.stream().mapToInt(Chart.Series::size).max().orElse(0);
            for (int i = -1; i < height; i++) {
                row(rows, table, i);
            }
            rows.raw("</sheetData>" + page.tail(agency) + "<drawing r:id=\"rId1\"/></worksheet>");
        });
    }

    /** Row {@code i} of the table's data (-1 is the heading row). */
    private static void row(SheetRows rows, List<Chart.Series> table, int i) throws IOException {
        rows.start(0, 0);
        for (Chart.Series s : table) {
            if (i < 0) {
                rows.value(s.column(), s.heading());
                rows.value(s.column() + 1, s.name());
            } else if (i < s.size()) {
                rows.value(s.column(), s.labels().get(i));
                rows.value(s.column() + 1, s.values().get(i));
            }
        }
        rows.end();
    }

    /** A relationships part whose i-th relationship, rId(i+1), points at the i-th target. */
    private static byte[] relationships(String type, List<String> targets) {
        StringBuilder xml = new StringBuilder(WorkbookPackage.DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < targets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(WorkbookPackage.RELATIONSHIPS).append('/').append(type)
                    .append("\" Target=\"").append(targets.get(i)).append("\"/>");
        }
        return xml.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 办理结果 by its six kinds ((一) 予以公开 … (六) 其他处理), from the 总计 column. */
    static Map<String, BigDecimal> results(Map<String, BigDecimal> totals) {
        Map<String, BigDecimal> kinds = new LinkedHashMap<>();
        for (MatrixRow row : MatrixRow.results()) {
            String kind = row.labels().get(1);
            kinds.merge(kind, totals.get(Form.matrix(row, Applicant.TOTAL).key()), BigDecimal::add);
        }
        return kinds;
    }
}
