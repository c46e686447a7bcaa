package nianbao.consolidate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.template.FilledSheet;
import nianbao.template.Filling;

/**
 * Writes the consolidated workbook: 汇总 (the template's official tables holding the sums, one defined
 * name per key), then 明细, 校验 and 清单, then 分组小计 (with a roster), 同比 (with last year's
 * consolidated workbook) and 图表.
 *
 * <p>No spreadsheet library runs here: 汇总 is the template as POI wrote it at build time
 * ({@link SummaryBase}) with the sums filled into its bytes, and every other sheet is written as
 * SpreadsheetML straight into the package ({@link WorkbookPackage}), so memory does not grow with the
 * number of returns and no cell object or temporary file is made.
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

    /** Writes the workbook of a consolidation made by {@code agency} (the consolidating body), its files' values read from {@code spill}. */
    public static void write(Consolidation c, Spill spill, String agency, OutputStream out) throws IOException {
        write(c, spill, agency, Optional.empty(), out);
    }

    /** Writes the workbook, with the sheet 同比 when last year's consolidated return is given. */
    public static void write(Consolidation c, Spill spill, String agency, Optional<Return> lastYear, OutputStream out) throws IOException {
        SummaryBase base = SummaryBase.load();
        SheetStyles styles = SheetStyles.of(base);
        List<AddedSheet> sheets = new ArrayList<>(new StreamedSheets(c, spill, styles).sheets());
        if (c.hasRoster()) {
            sheets.add(GroupSheet.of(c, styles));
        }
        lastYear.ifPresent(previous -> sheets.add(YearOverYearSheet.of(c.totals(), previous, styles)));
        sheets.add(new AddedSheet.Made(CHARTS, part -> ChartSheet.parts(c, agency, part)));
        WorkbookPackage.write(base, summary(base, c, agency), sheets, agency, out);
    }

    /**
     * 汇总: the base's data sheet with the sums, the consolidating body and the year filled in, and its
     * footer naming the consolidating body.
     */
    private static byte[] summary(SummaryBase base, Consolidation c, String agency) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency == null ? "" : agency.strip());
        c.year().ifPresent(y -> meta.put(MetaKey.YEAR, String.valueOf(y)));
        byte[] sheet = FilledSheet.fill(base.part(BaseWorkbook.SHEET), new Filling(meta, c.totals()));
        return PageSetup.withFooter(sheet, agency);
    }
}
