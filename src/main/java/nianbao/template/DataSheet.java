package nianbao.template;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.MetaKey;
import nianbao.form.ValueType;
import nianbao.model.CellAddress;
import nianbao.template.TemplateLayout.Label;

/** Writes sheet 年报数据 as {@link TemplateLayout} places it. */
final class DataSheet {

    /** The years 年度 accepts. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final float LINE_POINTS = 14.5f;
    private static final float VALUE_POINTS = 20f;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final Map<CellAddress, ShownValue> shown;
    private final Map<Integer, Float> heights = new HashMap<>();

    DataSheet(XSSFSheet sheet, Styles styles, Filling filling) {
        this.sheet = sheet;
        this.styles = styles;
        this.shown = SheetValues.of(filling);
    }

    void write() {
        for (int c = 0; c <= TemplateLayout.lastColumn(); c++) {
            sheet.setColumnWidth(c, TemplateLayout.columnWidth(c) * 256);
        }
        TemplateLayout.labels().forEach(this::label);
        for (MetaKey m : MetaKey.values()) {
            show(fill(TemplateLayout.region(m), styles.meta(m)));
        }
        Form.fields().forEach(this::field);
        checks();
        heights.forEach((r, h) -> sheet.getRow(r).setHeightInPoints(h));
        validations();
        highlight(TemplateLayout.checkBlock());
        highlight(TemplateLayout.status());
        print();
        sheet.createFreezePane(0, TemplateLayout.headerRows());
    }

    private void label(Label label) {
        fill(label.region(), styles.label(label.kind())).setCellValue(label.text());
        Region r = label.region();
        if (r.firstRow() == r.lastRow()) {
            float lines = 0;
            for (String line : label.text().split("\n")) {
                lines += (float) Math.ceil(displayWidth(line) / (float) (width(r) - 1));
            }
            float points = label.kind() == TemplateLayout.LabelKind.TITLE ? 30 : Math.max(1, lines) * LINE_POINTS + 4;
            heights.merge(r.firstRow(), points, Math::max);
        }
    }

    private void field(Field field) {
        XSSFCell cell = fill(TemplateLayout.region(field), styles.value(field));
        heights.merge(cell.getRowIndex(), VALUE_POINTS, Math::max);
        if (field.isFormula()) {
            cell.setCellFormula(Formulas.sum(field));
        }
        show(cell);
    }

    private void checks() {
        for (Identity balance : Formulas.balances()) {
            XSSFCell cell = fill(TemplateLayout.check(balance), styles.check);
            cell.setCellFormula(Formulas.check(balance));
            show(cell);
        }
        heights.merge(TemplateLayout.checkBlock().firstRow(), 2 * LINE_POINTS + 4, Math::max);
        XSSFCell status = fill(TemplateLayout.status(), styles.check);
        status.setCellFormula(Formulas.status());
        show(status);
    }

    /** Sets what {@link SheetValues} says the cell shows (a formula's cached value); leaves it blank when nothing. */
    private void show(XSSFCell cell) {
        ShownValue value = shown.get(new CellAddress(TemplateLayout.SHEET, cell.getRowIndex(), cell.getColumnIndex()));
        if (value instanceof ShownValue.Numeric n) {
            cell.setCellValue(n.number().doubleValue());
        } else if (value instanceof ShownValue.Text t) {
            cell.setCellValue(t.text());
        }
    }

    /** Styles every cell of the region, merges it, and returns its top-left cell. */
    private XSSFCell fill(Region r, XSSFCellStyle style) {
        for (int row = r.firstRow(); row <= r.lastRow(); row++) {
            for (int col = r.firstColumn(); col <= r.lastColumn(); col++) {
                cell(row, col).setCellStyle(style);
            }
        }
        if (!r.isSingleCell()) {
            // The layout's regions never overlap (TemplateLayoutTest): POI's check of each new region
            // against every earlier one, through XMLBeans, would only cost time.
            sheet.addMergedRegionUnsafe(range(r));
        }
        return cell(r.firstRow(), r.firstColumn());
    }

    private XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    private void validations() {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validate(helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), inputs(ValueType.COUNT),
                "件数", "请填写 0 或正整数（件数）。没有的请填 0。");
        validate(helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), inputs(ValueType.AMOUNT),
                "收费金额", "请填写 0 或正数，单位万元，可带小数。没有的请填 0。");
        validate(helper.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)),
                cells(MetaKey.YEAR), MetaKey.YEAR.label(), "请填写四位数字的年度（" + FIRST_YEAR + " 至 " + LAST_YEAR + "），例如 2024。");
        validate(helper.createDateConstraint(OperatorType.BETWEEN, "DATE(" + FIRST_YEAR + ",1,1)", "DATE(" + LAST_YEAR + ",12,31)", null),
                cells(MetaKey.DATE), MetaKey.DATE.label(), "请填写日期，例如 2025-01-15 或 2025/1/15。");
        validate(helper.createTextLengthConstraint(OperatorType.EQUAL, "18", null), cells(MetaKey.CREDIT_CODE),
                MetaKey.CREDIT_CODE.label(), "统一社会信用代码为 18 位；没有的可不填。");
    }

    private void validate(DataValidationConstraint constraint, CellRangeAddressList cells, String title, String rule) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint, cells);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.createErrorBox(title + "填写有误", rule);
        v.setShowPromptBox(true);
        v.createPromptBox(title, rule);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static CellRangeAddressList inputs(ValueType type) {
        CellRangeAddressList list = new CellRangeAddressList();
        Form.fields().stream().filter(f -> f.isInput() && f.type() == type)
                .map(TemplateLayout::cell).forEach(c -> list.addCellRangeAddress(c.row(), c.column(), c.row(), c.column()));
        return list;
    }

    private static CellRangeAddressList cells(MetaKey key) {
        return new CellRangeAddressList(TemplateLayout.cell(key).row(), TemplateLayout.cell(key).row(),
                TemplateLayout.cell(key).column(), TemplateLayout.cell(key).column());
    }

    /** Green when the cell reads 平衡 or 全部平衡, red when it reads anything else (不平衡, text in a number cell). */
    private void highlight(Region r) {
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String cell = r.topLeft().a1();
        String good = "OR(" + cell + "=\"" + Formulas.BALANCED + "\"," + cell + "=\"" + Formulas.ALL_BALANCED + "\")";
        cf.addConditionalFormatting(new CellRangeAddress[] {range(r)},
                colour(cf.createConditionalFormattingRule(good), Styles.GOOD_FILL, Styles.GOOD_FONT),
                colour(cf.createConditionalFormattingRule("NOT(" + good + ")"), Styles.BAD_FILL, Styles.BAD_FONT));
    }

    private static ConditionalFormattingRule colour(XSSFConditionalFormattingRule rule, String fill, String font) {
        rule.createPatternFormatting().setFillBackgroundColor(Styles.color(fill));
        rule.getPatternFormatting().setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        Styles.fontColor(rule.createFontFormatting(), font);
        return rule;
    }

    private void print() {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(false);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        footer(sheet);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, TemplateLayout.headerRows() - 1, -1, -1));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet),
                0, TemplateLayout.lastColumn(), 0, TemplateLayout.lastRow());
    }

    /** The footer of every page of the template's sheets: the sheet's name and 第 N 页，共 M 页. */
    static void footer(XSSFSheet sheet) {
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight("第 &P 页，共 &N 页");
    }

    private static CellRangeAddress range(Region r) {
        return new CellRangeAddress(r.firstRow(), r.lastRow(), r.firstColumn(), r.lastColumn());
    }

    private static int width(Region r) {
        int w = 0;
        for (int c = r.firstColumn(); c <= r.lastColumn(); c++) {
            w += TemplateLayout.columnWidth(c);
        }
        return w;
    }

    /** Columns a text needs: two per CJK character, one per other character. */
    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
