package nianbao.consolidate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes 图表: the agencies with the most applications received (top N, bar chart) and the breakdown
 * of 办理结果 for the whole area (pie chart), each over a small table on the same sheet.
 */
final class ChartSheet {

    private static final int FIRST = 1;

    private ChartSheet() {
    }

    static void write(XSSFSheet sheet, Consolidation c) {
        Cells.row(sheet, 0, null, "单位", "本年新收申请数", null, "办理结果", "件数");
        List<Consolidation.Ranked> top = c.top();
        Map<String, BigDecimal> results = results(c.totals());
        List<String> kinds = List.copyOf(results.keySet());
        for (int i = 0; i < Math.max(top.size(), kinds.size()); i++) {
            boolean ranked = i < top.size();
            boolean kind = i < kinds.size();
            Cells.row(sheet, FIRST + i, null, ranked ? top.get(i).agency() : null, ranked ? top.get(i).value() : null, null,
                    kind ? kinds.get(i) : null, kind ? results.get(kinds.get(i)) : null);
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        if (!top.isEmpty()) {
            ranking(drawing, sheet, top.size());
        }
        breakdown(drawing, sheet, results.size());
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

    private static void ranking(XSSFDrawing drawing, XSSFSheet sheet, int n) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 6, 0, 16, 2 + Math.max(18, n)));
        chart.setTitleText("本年新收政府信息公开申请数量（前 " + n + " 个单位）");
        chart.setTitleOverlay(false);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR,
                chart.createCategoryAxis(AxisPosition.LEFT), chart.createValueAxis(AxisPosition.BOTTOM));
        data.setBarDirection(BarDirection.BAR);
        data.addSeries(categories(sheet, 0, n), numbers(sheet, 1, n)).setTitle("本年新收申请数", null);
        data.setVaryColors(false);
        chart.plot(data);
    }

    private static void breakdown(XSSFDrawing drawing, XSSFSheet sheet, int n) {
        int top = 4 + Math.max(18, n) + 2;
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 6, top, 16, top + 20));
        chart.setTitleText("本年度办理结果构成（全部汇总单位）");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        data.addSeries(categories(sheet, 3, n), numbers(sheet, 4, n)).setTitle("件数", null);
        chart.plot(data);
    }

    private static XDDFDataSource<String> categories(XSSFSheet sheet, int column, int n) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(FIRST, FIRST + n - 1, column, column));
    }

    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int column, int n) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(FIRST, FIRST + n - 1, column, column));
    }
}
