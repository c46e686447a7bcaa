package nianbao.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.form.Applicant;
import nianbao.form.DisclosureGroup;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.form.Section;
import nianbao.model.CellAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An agency's own copy of the official tables, as clerks type it in Excel: no defined names, a title,
 * the header fields, tables 二, 三 and 四 with merged label cells, totals typed or summed by formulas.
 */
final class OfficialLayout {

    static final String SHEET = "年报表格";

    private final Sheet sheet;
    private final Map<String, Object> cells;
    private final boolean formulas;
    private final Map<String, CellAddress> placed = new HashMap<>();
    private int row;

    private OfficialLayout(Sheet sheet, Map<String, Object> cells, boolean formulas) {
        this.sheet = sheet;
        this.cells = cells;
        this.formulas = formulas;
    }

    /** Writes the copy; {@code cells} holds a BigDecimal, a String (typed text) or null (left blank) per key. */
    static void write(Path file, Map<MetaKey, String> meta, Map<String, Object> cells, boolean formulas) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            OfficialLayout layout = new OfficialLayout(wb.createSheet(SHEET), cells, formulas);
            layout.header(meta);
            layout.disclosure();
            layout.matrix();
            layout.review();
            layout.sheet.setColumnWidth(2, 40 * 256);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private void header(Map<MetaKey, String> meta) {
        text(row++, 0, meta.get(MetaKey.AGENCY) + meta.get(MetaKey.YEAR) + "年政府信息公开工作年度报告（统计表）");
        int r = row++;
        int c = 0;
        for (MetaKey m : List.of(MetaKey.AGENCY, MetaKey.CREDIT_CODE, MetaKey.YEAR)) {
            text(r, c, m.label());
            text(r, c + 1, meta.get(m));
            c += 3;
        }
        row++;
    }

    private void disclosure() {
        text(row++, 0, Section.DISCLOSURE.heading());
        for (DisclosureGroup group : DisclosureGroup.values()) {
            text(row++, 0, group.heading());
            text(row, 0, DisclosureGroup.ITEM_HEADER);
            for (int c = 0; c < group.columnLabels().size(); c++) {
                text(row, 1 + c, group.columnLabels().get(c));
            }
            row++;
            for (DisclosureItem item : DisclosureItem.values()) {
                if (item.group() == group) {
                    text(row, 0, item.label());
                    for (int c = 0; c < item.columnKeys().size(); c++) {
                        value(row, 1 + c, Form.disclosure(item, item.columnKeys().get(c)));
                    }
                    row++;
                }
            }
        }
        row++;
    }

    /** Table 三: label columns A–C, the six applicant columns D–I, 总计 in J. */
    private void matrix() {
        text(row++, 0, Section.APPLICATION.heading());
        int top = row;
        text(top, 0, MatrixRow.BALANCE_NOTE);
        merge(top, top + 2, 0, 2);
        text(top, 3, Applicant.HEADER);
        merge(top, top, 3, 8);
        text(top, 9, Applicant.TOTAL.label());
        merge(top, top + 2, 9, 9);
        text(top + 1, 3, Applicant.NATURAL_PERSON.label());
        merge(top + 1, top + 2, 3, 3);
        text(top + 1, 4, Applicant.BUSINESS.labels().get(0));
        merge(top + 1, top + 1, 4, 8);
        for (int c = 1; c < Applicant.inputs().size(); c++) {
            text(top + 2, 3 + c, Applicant.inputs().get(c).label());
        }
        row = top + 3;
        int first = row;
        for (MatrixRow r : MatrixRow.values()) {
            matrixLabels(r);
            for (Applicant col : Applicant.values()) {
                value(row, 3 + col.ordinal(), Form.matrix(r, col));
            }
            row++;
        }
        mergeRuns(first, 0);
        mergeRuns(first, 1);
        row++;
    }

    private void matrixLabels(MatrixRow r) {
        List<String> labels = r.labels();
        for (int level = 0; level < labels.size(); level++) {
            text(row, level, labels.get(level));
        }
        if (labels.size() < 3) {
            merge(row, row, labels.size() - 1, 2);
        }
    }

    /** Merges the runs of equal outer labels down a label column, as the printed table does. */
    private void mergeRuns(int first, int column) {
        int start = first;
        for (int r = first + 1; r <= row; r++) {
            if (r == row || !textAt(r, column).equals(textAt(start, column)) || textAt(start, column).isEmpty()) {
                if (r - start > 1 && !textAt(start, column).isEmpty()) {
                    for (int k = start + 1; k < r; k++) {
                        sheet.getRow(k).getCell(column).setBlank();
                    }
                    merge(start, r - 1, column, column);
                }
                start = r;
            }
        }
    }

    /** Table 四: 行政复议 then the two 行政诉讼 groups, five columns each. */
    private void review() {
        text(row++, 0, Section.REVIEW.heading());
        int top = row;
        for (ReviewGroup group : ReviewGroup.values()) {
            int c = group.ordinal() * ReviewOutcome.values().length;
            if (group.labels().size() == 1 || group.ordinal() == 1) {
                text(top, c, group.labels().get(0));
                int span = group.labels().size() == 1 ? ReviewOutcome.values().length : 2 * ReviewOutcome.values().length;
                merge(top, top, c, c + span - 1);
            }
            if (group.labels().size() == 2) {
                text(top + 1, c, group.labels().get(1));
                merge(top + 1, top + 1, c, c + ReviewOutcome.values().length - 1);
            }
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                text(top + 2, c + outcome.ordinal(), outcome.label());
                value(top + 3, c + outcome.ordinal(), Form.review(group, outcome));
            }
        }
        row = top + 4;
    }

    private void value(int r, int c, Field field) {
        Cell cell = cell(r, c);
        placed.put(field.key(), new CellAddress(SHEET, r, c));
        Object v = cells.get(field.key());
        if (formulas && field.isFormula() && Form.formulaInputs(field).stream().allMatch(i -> placed.containsKey(i.key()))) {
            cell.setCellFormula("SUM(" + Form.formulaInputs(field).stream().map(i -> placed.get(i.key()).a1())
                    .collect(Collectors.joining(",")) + ")");
        } else if (v instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof String s) {
            cell.setCellValue(s);
        }
    }

    private void text(int r, int c, String text) {
        cell(r, c).setCellValue(text);
    }

    private String textAt(int r, int c) {
        Row rr = sheet.getRow(r);
        Cell cell = rr == null ? null : rr.getCell(c);
        return cell == null ? "" : cell.toString();
    }

    private Cell cell(int r, int c) {
        Row rr = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return rr.getCell(c) == null ? rr.createCell(c) : rr.getCell(c);
    }

    private void merge(int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }
}
