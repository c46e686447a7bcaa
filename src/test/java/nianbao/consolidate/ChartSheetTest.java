package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nianbao.testing.Seeds;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** 图表 written as parts without POI, spliced into a POI workbook and read back with POI. */
class ChartSheetTest {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    Path dir;

    /** A cached text as Excel shows it: its {@code _xHHHH_} escapes (which POI leaves in a chart's cache) decoded. */
    static String asExcelReads(String cached) {
        return Pattern.compile("_x([0-9A-Fa-f]{4})_").matcher(cached)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    @ParameterizedTest(name = "{0} agencies ranked")
    @ValueSource(ints = {0, 1, 14, 18, 19, 40})
    void poiReadsTheTableAndChartsWhoseSeriesCacheTheTable(int ranked) throws Exception {
        long seed = Seeds.take("ChartSheetTest", 7_000 + ranked);
        Consolidation c = consolidation(ranked(ranked, new Random(seed)), new Random(seed));
        Path file = dir.resolve("图表.xlsx");
        ChartWorkbook.write(c, file);

        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = wb.getSheet(ConsolidatedWorkbook.CHARTS);
            assertTable(sheet, c);
            List<XSSFChart> charts = sheet.createDrawingPatriarch().getCharts();
            int tall = Math.max(16, (3 * ranked + 1) / 2 + 4);
            assertThat(charts).hasSize(ranked == 0 ? 1 : 2);
            if (ranked > 0) {
                assertChart(charts.get(0), "本年新收政府信息公开申请数量（前 " + ranked + " 个单位）", 0, ranked, 0, tall);
                assertThat(((XDDFBarChartData) charts.get(0).getChartSeries().get(0)).getBarDirection()).isEqualTo(BarDirection.BAR);
                CTBarSer bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
                assertThat(bars.getTx().getV()).isEqualTo("本年新收申请数");
                assertThat(bars.getSpPr().isSetSolidFill()).as("bars filled outright").isTrue();
                assertThat(bars.getDLbls().getShowVal().getVal()).as("each bar's value written on it").isTrue();
                assertThat(charts.get(0).getCTChart().getPlotArea().getCatAxArray(0).xmlText())
                        .as("every agency labelled").containsPattern("tickLblSkip val=\"1\"");
            }
            XSSFChart pie = charts.get(charts.size() - 1);
            assertChart(pie, "本年度办理结果构成（全部汇总单位）", 3, 6, tall + 1, tall + 1 + 18);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(List.of(sheet.getPrintSetup().getFitWidth(), sheet.getPrintSetup().getFitHeight()))
                    .as("both charts whole on one page").containsExactly((short) 1, (short) 1);
            assertThat(pie.getChartSeries().get(0)).isInstanceOf(XDDFPieChartData.class);
            CTPieSer slices = pie.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0);
            assertThat(slices.getTx().getV()).isEqualTo("件数");
            assertThat(slices.getDPtList()).as("every slice filled outright").hasSize(6)
                    .allSatisfy(slice -> assertThat(slice.getSpPr().isSetSolidFill()).isTrue());
            assertThat(slices.getDLbls().getShowVal().getVal()).as("each slice's value written on it").isTrue();
        }
    }

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("<&>\"'",                 "<&>\"'"),
                Arguments.of("a]]>b&amp;c",            "a]]>b&amp;c"),
                Arguments.of("=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")"),
                Arguments.of("控制\u0001字符\u001f",     "控制\u0001字符\u001f"),
                Arguments.of("孤\uD800代理",              "孤?代理"),
                Arguments.of("非字符\uFFFE\uFFFF",       "非字符\uFFFE\uFFFF"),
                Arguments.of("像转义_x0041_",            "像转义_x0041_"),
                Arguments.of("表情\uD83D\uDE00",         "表情\uD83D\uDE00"),
                Arguments.of("换\t行\r\n",               "换\t行\r\n"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("hostileNames")
    void aHostileAgencyNameLeavesEveryPartWellFormedAndTheCacheEqualToTheCell(String name, String shown) throws Exception {
        Consolidation c = consolidation(List.of(new Consolidation.Ranked(name, "a.xlsx", BigDecimal.TEN)), new Random(3));
        Path file = dir.resolve("hostile.xlsx");
        List<PackagePart> parts = ChartWorkbook.write(c, file);

        for (PackagePart p : parts) {
            assertThat(parse(p.bytes()).getDocumentElement()).as(p.name()).isNotNull();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = wb.getSheet(ConsolidatedWorkbook.CHARTS);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(shown);
            XSSFChart bar = sheet.createDrawingPatriarch().getCharts().get(0);
            assertThat(asExcelReads(String.valueOf(bar.getChartSeries().get(0).getSeries(0).getCategoryData().getPointAt(0)))).isEqualTo(shown);
        }
    }

    @ParameterizedTest(name = "{0} agencies ranked")
    @ValueSource(ints = {0, 3})
    void everyRelationshipPointsAtAPartOfItsContentType(int ranked) throws Exception {
        List<PackagePart> parts = ChartSheet.parts(consolidation(ranked(ranked, new Random(5)), new Random(5)), "湛河区", "xl/worksheets/sheet7.xml");

        Map<String, String> types = parts.stream().collect(Collectors.toMap(PackagePart::name, PackagePart::contentType));
        assertThat(types.keySet()).contains("xl/worksheets/sheet7.xml", "xl/worksheets/_rels/sheet7.xml.rels",
                "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml");
        assertThat(types.keySet().stream().filter(n -> n.startsWith("xl/charts/"))).hasSize(ranked == 0 ? 1 : 2);
        List<String> targets = new ArrayList<>();
        for (PackagePart p : parts) {
            if (p.name().endsWith(".rels")) {
                assertThat(p.contentType()).isEqualTo(PackagePart.RELATIONSHIPS);
                targets.addAll(targets(p));
            }
        }
        assertThat(targets).extracting(types::get).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of(PackagePart.DRAWING), Stream.generate(() -> PackagePart.CHART).limit(ranked == 0 ? 1 : 2)).toList());
        assertThat(new String(parts.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("<drawing r:id=\"rId1\"/>");
    }

    @Test
    void aSheetPartOutsideTheWorksheetsFolderIsRefused() {
        Consolidation c = consolidation(List.of(), new Random(1));
        assertThatThrownBy(() -> ChartSheet.parts(c, "湛河区", "xl/sheet7.xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xl/sheet7.xml");
    }

    private static void assertTable(XSSFSheet sheet, Consolidation c) {
        assertThat(List.of(text(sheet, 0, 0), text(sheet, 0, 1), text(sheet, 0, 3), text(sheet, 0, 4)))
                .containsExactly("单位", "本年新收申请数", "办理结果", "件数");
        for (int i = 0; i < c.top().size(); i++) {
            assertThat(text(sheet, i + 1, 0)).as("A%d", i + 2).isEqualTo(c.top().get(i).agency());
            assertThat(number(sheet, i + 1, 1)).as("B%d", i + 2).isEqualByComparingTo(c.top().get(i).value());
        }
        List<Map.Entry<String, BigDecimal>> results = List.copyOf(ChartSheet.results(c.totals()).entrySet());
        assertThat(results).hasSize(6);
        for (int i = 0; i < results.size(); i++) {
            assertThat(text(sheet, i + 1, 3)).as("D%d", i + 2).isEqualTo(results.get(i).getKey());
            assertThat(number(sheet, i + 1, 4)).as("E%d", i + 2).isEqualByComparingTo(results.get(i).getValue());
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(Math.max(6, c.top().size()));
        assertThat(List.of(sheet.getColumnWidth(0), sheet.getColumnWidth(3))).containsExactly(28 * 256, 20 * 256);
    }

    /** The chart's title, its one series over columns {@code column}:{@code column+1} caching the cells, and its anchor. */
    private static void assertChart(XSSFChart chart, String title, int column, int n, int fromRow, int toRow) {
        XSSFDrawing drawing = (XSSFDrawing) chart.getParent();
        XSSFSheet sheet = (XSSFSheet) drawing.getParent();
        assertThat(chart.getTitleText().getString()).isEqualTo(title);
        List<XDDFChartData> data = chart.getChartSeries();
        assertThat(data).hasSize(1);
        assertThat(data.get(0).getSeriesCount()).isEqualTo(1);
        XDDFChartData.Series series = data.get(0).getSeries(0);
        String a = SheetRows.column(column);
        String b = SheetRows.column(column + 1);
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'图表'!$" + a + "$2:$" + a + "$" + (n + 1));
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'图表'!$" + b + "$2:$" + b + "$" + (n + 1));
        assertThat(series.getCategoryData().getPointCount()).as(title).isEqualTo(n);
        assertThat(series.getValuesData().getPointCount()).as(title).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(series.getCategoryData().getPointAt(i)).as("%s %s%d", title, a, i + 2).isEqualTo(text(sheet, i + 1, column));
            assertThat(series.getValuesData().getPointAt(i).doubleValue()).as("%s %s%d", title, b, i + 2)
                    .isEqualTo(sheet.getRow(i + 1).getCell(column + 1).getNumericCellValue());
        }
        XSSFClientAnchor anchor = anchor(drawing, chart);
        assertThat(List.of((int) anchor.getCol1(), anchor.getRow1(), (int) anchor.getCol2(), anchor.getRow2())).as(title)
                .containsExactly(6, fromRow, 16, toRow);
    }

    /** The anchor of the graphic frame in the drawing that shows the chart. */
    private static XSSFClientAnchor anchor(XSSFDrawing drawing, XSSFChart chart) {
        List<XSSFClientAnchor> anchors = new ArrayList<>();
        for (XSSFShape shape : drawing.getShapes()) {
            Node shown = ((XSSFGraphicFrame) shape).getCTGraphicalObjectFrame().getGraphic().getGraphicData().getDomNode().getFirstChild();
            String id = ((Element) shown).getAttributeNS(RELATIONSHIPS, "id");
            if (drawing.getRelationById(id) == chart) {
                anchors.add((XSSFClientAnchor) shape.getAnchor());
            }
        }
        assertThat(anchors).hasSize(1);
        return anchors.get(0);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static BigDecimal number(XSSFSheet sheet, int row, int column) {
        return BigDecimal.valueOf(sheet.getRow(row).getCell(column).getNumericCellValue());
    }

    /** A consolidation of nothing but the sums and the ranking, as the charts need. */
    static Consolidation consolidation(List<Consolidation.Ranked> top, Random rnd) {
        return new Consolidation(List.of(), SampleReturns.values(rnd), List.of(), RosterMatch.NONE, top, OptionalInt.empty());
    }

    /** {@code n} agencies with random counts, most first. */
    static List<Consolidation.Ranked> ranked(int n, Random rnd) {
        List<Consolidation.Ranked> top = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            top.add(new Consolidation.Ranked("单位" + i, i + ".xlsx", BigDecimal.valueOf(rnd.nextInt(200))));
        }
        top.sort(Comparator.comparing(Consolidation.Ranked::value).reversed());
        return top;
    }

    /** Parses with the JDK's strict, namespace-aware parser. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The targets of a relationships part, as part names (resolved against the source part's folder). */
    private static List<String> targets(PackagePart rels) throws Exception {
        String folder = rels.name().substring(0, rels.name().indexOf("_rels/"));
        NodeList list = parse(rels.bytes()).getElementsByTagName("Relationship");
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            String target = ((Element) list.item(i)).getAttribute("Target");
            targets.add(Path.of(folder, target).normalize().toString());
        }
        assertThat(Set.copyOf(targets)).hasSameSizeAs(targets);
        return targets;
    }
}
