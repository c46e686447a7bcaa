package nianbao.consolidate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.template.Filling;
import nianbao.template.TemplateLayout;
import nianbao.template.TemplateWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the consolidated workbook: 汇总 (the template's official tables holding the sums, one defined
 * name per key), then the streamed 明细, 校验 and 清单, then 分组小计 (with a roster), 同比 (with last
 * year's consolidated workbook) and 图表.
 *
 * <p>The summary is the template writer's own {@link XSSFWorkbook} (layout, formulas with cached
 * values, names, protection) and the charts need XSSF drawings, so POI writes those and empty
 * placeholders for the big sheets; the rows of the big sheets are then streamed as SpreadsheetML
 * straight into the output package ({@link SplicedPackage}), so memory does not grow with the number
 * of returns and no cell object or temporary file is made.
 */
public final class ConsolidatedWorkbook {

    public static final String SUMMARY = "汇总";
    public static final String DETAIL = "明细";
    public static final String CHECKS = "校验";
    public static final String RECEIPT = "清单";
    public static final String GROUPS = "分组小计";
    public static final String CHARTS = "图表";
    public static final String YEAR_OVER_YEAR = "同比";

    private ConsolidatedWorkbook() {
    }

    /** Writes the workbook of a consolidation made by {@code agency} (the consolidating body). */
    public static void write(Consolidation c, String agency, OutputStream out) throws IOException {
        write(c, agency, Optional.empty(), out);
    }

    /** Writes the workbook, with the sheet 同比 when last year's consolidated return is given. */
    public static void write(Consolidation c, String agency, Optional<Return> lastYear, OutputStream out) throws IOException {
        XSSFWorkbook wb = summary(c, agency);
        lastYear.ifPresent(previous -> YearOverYearSheet.write(wb.createSheet(YEAR_OVER_YEAR), c.totals(), previous));
        if (c.hasRoster()) {
            GroupSheet.write(wb.createSheet(GROUPS), c);
        }
        ChartSheet.write(wb.createSheet(CHARTS), c);
        StreamedSheets streamed = new StreamedSheets(wb, c);
        order(wb);
        SplicedPackage.write(wb, streamed.bodies(), out);
    }

    /** The template filled with the sums, its data sheet renamed 汇总, its instructions dropped. */
    private static XSSFWorkbook summary(Consolidation c, String agency) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency == null ? "" : agency.strip());
        c.year().ifPresent(y -> meta.put(MetaKey.YEAR, String.valueOf(y)));
        XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(meta, c.totals()));
        wb.unLockStructure();
        wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.GUIDE_SHEET));
        wb.setSheetName(wb.getSheetIndex(TemplateLayout.SHEET), SUMMARY);
        return wb;
    }

    private static void order(XSSFWorkbook wb) {
        List<String> order = List.of(SUMMARY, DETAIL, CHECKS, RECEIPT, GROUPS, YEAR_OVER_YEAR, CHARTS);
        int position = 0;
        for (String name : order) {
            if (wb.getSheetIndex(name) >= 0) {
                wb.setSheetOrder(name, position++);
            }
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
    }
}
