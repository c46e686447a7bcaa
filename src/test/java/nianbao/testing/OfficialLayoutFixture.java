package nianbao.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
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
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the official tables 二, 三 and 四 (and optionally the template's defined names) from a map of
 * values, with knobs for where they sit and how they are printed: offsets, blank rows, one sheet or
 * three, label variants, labels joined in one cell, a title, an unofficial subtotal row, totals as
 * formulas. Writes .xlsx or .xls with POI (formulas calculated) or .xlsx with fastexcel (no cached
 * values). {@link #cells()} tells where each key was put.
 */
public final class OfficialLayoutFixture {

    /** A cell content that is a formula; the text without '='. */
    public record FormulaText(String text) {
    }

    /** How the workbook is written. */
    public enum Writer { POI_XLSX, POI_XLS, FASTEXCEL_XLSX }

    private final Map<String, Object> contents = new HashMap<>();
    private final java.util.Set<String> explicit = new java.util.HashSet<>();
    private final Map<MetaKey, String> meta = new LinkedHashMap<>();
    private String sheetName = "年报数据";
    private int top;
    private int left;
    private int gap = 1;
    private boolean splitSheets;
    private boolean joinedLabels;
    private boolean variants;
    private boolean subtotalRow;
    private boolean formulas = true;
    private boolean names;
    private String title;

    private final Map<String, Map<Long, Object>> sheets = new LinkedHashMap<>();
    private final List<Object[]> merges = new ArrayList<>();
    private final Map<String, CellAddress> cells = new LinkedHashMap<>();
    private final Map<MetaKey, CellAddress> metaCells = new LinkedHashMap<>();

    /** Every input key 0, totals as formulas, on sheet 年报数据 at A1. */
    public static OfficialLayoutFixture zeros() {
        OfficialLayoutFixture f = new OfficialLayoutFixture();
        Form.fields().stream().filter(Field::isInput).forEach(x -> f.contents.put(x.key(), BigDecimal.ZERO));
        return f;
    }

    /** The given values for input keys (and for totals when {@link #formulas(boolean)} is false). */
    public static OfficialLayoutFixture of(Map<String, BigDecimal> values) {
        OfficialLayoutFixture f = zeros();
        f.contents.putAll(values);
        return f;
    }

    /**
     * Any content for one key: a BigDecimal, a text, a {@link FormulaText}, or null for an empty cell;
     * on a total it replaces the template's formula.
     */
    public OfficialLayoutFixture set(String key, Object content) {
        Form.field(key);
        contents.put(key, content);
        explicit.add(key);
        return this;
    }

    public OfficialLayoutFixture meta(MetaKey key, String value) {
        meta.put(key, value);
        return this;
    }

    public OfficialLayoutFixture sheetName(String name) { this.sheetName = name; return this; }

    /** Where the first table starts: zero-based row and column. */
    public OfficialLayoutFixture origin(int row, int column) { this.top = row; this.left = column; return this; }

    /** Blank rows between tables. */
    public OfficialLayoutFixture gap(int rows) { this.gap = rows; return this; }

    /** Tables 二, 三 and 四 on three sheets (二, 三, 四) instead of one. */
    public OfficialLayoutFixture splitSheets(boolean on) { this.splitSheets = on; return this; }

    /** Each matrix row's label path in one cell (joined by a line break) instead of split over columns. */
    public OfficialLayoutFixture joinedLabels(boolean on) { this.joinedLabels = on; return this; }

    /** Print the published variants: half-width brackets, 1、, 本年度止件数, 结转下一年度, spaces in labels. */
    public OfficialLayoutFixture variants(boolean on) { this.variants = on; return this; }

    /** An unofficial 小计 row after the 不予公开 rows, with its own numbers. */
    public OfficialLayoutFixture subtotalRow(boolean on) { this.subtotalRow = on; return this; }

    /** Totals as SUM formulas (true, the default) or as the values given. */
    public OfficialLayoutFixture formulas(boolean on) { this.formulas = on; return this; }

    /** Add one workbook-level defined name per key and meta key, like the template. */
    public OfficialLayoutFixture names(boolean on) { this.names = on; return this; }

    /** A title row: 某局2024年政府信息公开工作年度报告. */
    public OfficialLayoutFixture title(String text) { this.title = text; return this; }

    /** Where each key was written (after {@link #write}). */
    public Map<String, CellAddress> cells() {
        return cells;
    }

    public Path write(Path file, Writer writer) throws IOException {
        layout();
        switch (writer) {
            case POI_XLSX -> writePoi(new XSSFWorkbook(), file);
            case POI_XLS -> writePoi(new HSSFWorkbook(), file);
            case FASTEXCEL_XLSX -> writeFastexcel(file);
        }
        return file;
    }

    // ---- layout -------------------------------------------------------------------------------

    private void layout() {
        sheets.clear();
        merges.clear();
        cells.clear();
        metaCells.clear();
        int row = top;
        String sheet = splitSheets ? "二" : sheetName;
        if (title != null) {
            put(sheet, row++, left, title);
        }
        for (Map.Entry<MetaKey, String> m : meta.entrySet()) {
            put(sheet, row, left, m.getKey().label() + "：");
            put(sheet, row, left + 1, m.getValue());
            metaCells.put(m.getKey(), new CellAddress(sheet, row++, left + 1));
        }
        row = disclosure(sheet, row + gap);
        sheet = splitSheets ? "三" : sheet;
        row = splitSheets ? top : row + gap;
        row = matrix(sheet, row);
        sheet = splitSheets ? "四" : sheet;
        review(sheet, splitSheets ? top : row + gap);
    }

    private int disclosure(String sheet, int row) {
        put(sheet, row++, left, label(Section.DISCLOSURE.heading()));
        for (DisclosureGroup group : DisclosureGroup.values()) {
            put(sheet, row++, left, label(group.heading()));
            put(sheet, row, left, DisclosureGroup.ITEM_HEADER);
            for (int c = 0; c < group.columnLabels().size(); c++) {
                put(sheet, row, left + 1 + c, label(group.columnLabels().get(c)));
            }
            row++;
            for (DisclosureItem item : DisclosureItem.values()) {
                if (item.group() == group) {
                    put(sheet, row, left, label(item.label()));
                    for (int c = 0; c < item.columnKeys().size(); c++) {
                        value(Form.disclosure(item, item.columnKeys().get(c)), sheet, row, left + 1 + c);
                    }
                    row++;
                }
            }
        }
        return row;
    }

    private int matrix(String sheet, int row) {
        put(sheet, row++, left, label(Section.APPLICATION.heading()));
        int data = left + 3;
        put(sheet, row, left, label(MatrixRow.BALANCE_NOTE));
        merge(sheet, row, row + 2, left, left + 2);
        put(sheet, row, data, Applicant.HEADER);
        merge(sheet, row, row, data, data + 5);
        put(sheet, row, data + 6, Applicant.TOTAL.label());
        merge(sheet, row, row + 2, data + 6, data + 6);
        put(sheet, row + 1, data, Applicant.NATURAL_PERSON.label());
        merge(sheet, row + 1, row + 2, data, data);
        put(sheet, row + 1, data + 1, Applicant.BUSINESS.labels().get(0));
        merge(sheet, row + 1, row + 1, data + 1, data + 5);
        for (int c = 1; c < 6; c++) {
            put(sheet, row + 2, data + c, Applicant.inputs().get(c).label());
        }
        row += 3;
        List<String> printed = new ArrayList<>();
        for (MatrixRow r : MatrixRow.values()) {
            rowLabels(sheet, row, r, printed);
            for (Applicant a : Applicant.values()) {
                value(Form.matrix(r, a), sheet, row, data + a.ordinal());
            }
            row++;
            if (subtotalRow && r == MatrixRow.WITHHELD_QUERY_MATTER) {
                put(sheet, row, left + 1, "小计");
                for (int c = 0; c < 7; c++) {
                    put(sheet, row, data + c, new BigDecimal(999));
                }
                row++;
            }
        }
        return row;
    }

    private void rowLabels(String sheet, int row, MatrixRow r, List<String> printed) {
        List<String> path = r.labels();
        if (joinedLabels) {
            put(sheet, row, left, label(String.join("\n", path)));
            merge(sheet, row, row, left, left + 2);
            return;
        }
        for (int depth = 0; depth < path.size(); depth++) {
            boolean innermost = depth == path.size() - 1;
            String key = String.join("/", path.subList(0, depth + 1));
            if (innermost || !printed.contains(key)) {
                put(sheet, row, left + depth, label(path.get(depth)));
                printed.add(key);
                if (innermost && depth < 2) {
                    merge(sheet, row, row, left + depth, left + 2);
                }
            }
        }
    }

    private int review(String sheet, int row) {
        put(sheet, row++, left, label(Section.REVIEW.heading()));
        int col = left;
        for (ReviewGroup g : ReviewGroup.values()) {
            List<String> path = g.labels();
            if (path.size() == 1 || g == ReviewGroup.LITIGATION_DIRECT) {
                put(sheet, row, col, path.get(0));
            }
            if (path.size() > 1) {
                put(sheet, row + 1, col, path.get(1));
            }
            int headerRow = path.size() == 1 ? row + 1 : row + 2;
            for (ReviewOutcome o : ReviewOutcome.values()) {
                put(sheet, headerRow, col, label(o.label()));
                value(Form.review(g, o), sheet, row + 3, col);
                col++;
            }
        }
        return row + 4;
    }

    private void value(Field field, String sheet, int row, int column) {
        cells.put(field.key(), new CellAddress(sheet, row, column));
        if (field.isFormula() && formulas && !explicit.contains(field.key())) {
            put(sheet, row, column, new FormulaText(null));
        } else {
            put(sheet, row, column, contents.get(field.key()));
        }
    }

    /** After layout: replace formula placeholders by SUM of the inputs' cells. */
    private void resolveFormulas() {
        for (Field f : Form.fields()) {
            CellAddress at = cells.get(f.key());
            if (at != null && sheets.get(at.sheet()).get(key(at.row(), at.column())) instanceof FormulaText ft
                    && ft.text() == null) {
                List<CellAddress> inputs = Form.formulaInputs(f).stream().map(i -> cells.get(i.key())).toList();
                sheets.get(at.sheet()).put(key(at.row(), at.column()), new FormulaText("SUM(" + String.join(",",
                        inputs.stream().map(CellAddress::a1).toList()) + ")"));
            }
        }
    }

    private String label(String official) {
        if (!variants) {
            return official;
        }
        UnaryOperator<String> v = s -> s.replace("本年废止件数", "本年度止件数").replace("结转下年度", "结转下一年度")
                .replace('（', '(').replace('）', ')').replace("1.", "1、").replace("(一)", "（一）")
                .replace("自然人", "自 然 人").replace("予以公开", "予以\n公开");
        return v.apply(official);
    }

    private void put(String sheet, int row, int column, Object content) {
        sheets.computeIfAbsent(sheet, s -> new TreeMap<>()).put(key(row, column), content);
    }

    private void merge(String sheet, int r0, int r1, int c0, int c1) {
        if (r1 > r0 || c1 > c0) {
            merges.add(new Object[] {sheet, r0, r1, c0, c1});
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 14) | column;
    }

    // ---- writers ------------------------------------------------------------------------------

    private void writePoi(Workbook wb, Path file) throws IOException {
        resolveFormulas();
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, content) -> {
                Sheet sheet = wb.createSheet(name);
                content.forEach((k, v) -> poiCell(sheet, (int) (k >>> 14), (int) (k & 0x3FFF), v));
            });
            for (Object[] m : merges) {
                wb.getSheet((String) m[0]).addMergedRegion(new CellRangeAddress((int) m[1], (int) m[2], (int) m[3], (int) m[4]));
            }
            if (names) {
                cells.forEach((key, at) -> name(wb, key, at));
                metaCells.forEach((key, at) -> name(wb, key.key(), at));
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    private static void name(Workbook wb, String key, CellAddress at) {
        Name n = wb.createName();
        n.setNameName(key);
        n.setRefersToFormula(at.absolute());
    }

    private static void poiCell(Sheet sheet, int r, int c, Object v) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(c);
        if (v instanceof FormulaText f) {
            cell.setCellFormula(f.text());
        } else if (v instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof String s) {
            cell.setCellValue(s);
        }
    }

    private void writeFastexcel(Path file) throws IOException {
        resolveFormulas();
        try (OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "nianbao-test", "1.0");
            Map<String, org.dhatim.fastexcel.Worksheet> written = new HashMap<>();
            sheets.forEach((name, content) -> {
                org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(name);
                written.put(name, ws);
                content.forEach((k, v) -> fastexcelCell(ws, (int) (k >>> 14), (int) (k & 0x3FFF), v));
                for (Object[] m : merges) {
                    if (m[0].equals(name)) {
                        ws.range((int) m[1], (int) m[3], (int) m[2], (int) m[4]).merge();
                    }
                }
            });
            if (names) {
                cells.forEach((key, at) -> written.get(at.sheet()).range(at.row(), at.column(), at.row(), at.column()).setName(key));
                metaCells.forEach((key, at) -> written.get(at.sheet())
                        .range(at.row(), at.column(), at.row(), at.column()).setName(key.key()));
            }
            wb.finish();
        }
    }

    private static void fastexcelCell(org.dhatim.fastexcel.Worksheet ws, int r, int c, Object v) {
        if (v instanceof FormulaText f) {
            ws.formula(r, c, f.text());
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof String s) {
            ws.value(r, c, s);
        }
    }
}
