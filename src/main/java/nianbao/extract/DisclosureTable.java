package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;

/**
 * Reads table 二 from the rows of its part. Its six row labels are distinct words, and converters print
 * its sub-tables in any order, so each row of numbers is read by its own label alone; an unlabelled row,
 * or two rows with one label, is no reading. In the 2019 trial format its numbers are noted, not read.
 */
final class DisclosureTable {

    private final List<PrintedRow> region;
    private final Readings readings;

    private DisclosureTable(List<PrintedRow> region, Readings readings) {
        this.region = region;
        this.readings = readings;
    }

    static void read(List<PrintedRow> region, ReportFormat format, Readings readings) {
        DisclosureTable table = new DisclosureTable(region, readings);
        if (format == ReportFormat.F2019) {
            table.readLegacy();
        } else {
            table.read();
        }
    }

    private void read() {
        DisclosureItem[] items = DisclosureItem.values();
        LabelFit fit = new LabelFit(java.util.Arrays.stream(items).map(i -> List.of(i.label())).toList());
        List<List<Integer>> rowsOf = new ArrayList<>();
        for (DisclosureItem ignored : items) {
            rowsOf.add(new ArrayList<>());
        }
        for (int i = 0; i < region.size(); i++) {
            PrintedRow row = region.get(i);
            OptionalInt item = fit.sure(row.labelCells());
            if (item.isPresent() && (row.hasValues() || row.exact() && !row.valueCells().isEmpty())) {
                rowsOf.get(item.getAsInt()).add(i);
            }
        }
        for (DisclosureItem item : items) {
            List<Field> fields = item.columnKeys().stream().map(c -> Form.disclosure(item, c)).toList();
            List<Integer> rows = rowsOf.get(item.ordinal());
            RowCells cells = rows.isEmpty() ? RowCells.missing("", ApplicationTable.NOT_FOUND)
                    : rows.size() > 1 ? RowCells.missing("", "报告中有 " + rows.size() + " 行数字都印作「" + item.label()
                            + "」，无法确定哪一行是，未取值，请核对原文")
                    : RowCells.of(region.get(rows.get(0)), fields, StrayDigits.beside(region, rows.get(0), fields.size(), i -> false));
            for (int c = 0; c < fields.size(); c++) {
                if (cells.isSettled()) {
                    readings.read(fields.get(c), cells.readings().get(0).get(c));
                } else {
                    readings.missing(fields.get(c), cells.missing());
                }
            }
        }
    }

    private void readLegacy() {
        List<String> legacy = new ArrayList<>();
        for (PrintedRow row : region) {
            if (row.hasValues() && !row.label().isEmpty()) {
                legacy.add("「" + row.label().replace(" ", "") + "」" + String.join("、", row.valueCells()));
            }
        }
        String printed = legacy.isEmpty() ? "" : "（表中印的是：" + String.join("；", legacy) + "）";
        readings.note("本报告第二部分采用2019年试行表式，栏目与2021年表式不同，其数字作为旧表式数值列出，未计入2021年表式的栏目" + printed);
        for (DisclosureItem item : DisclosureItem.values()) {
            for (String column : item.columnKeys()) {
                readings.missing(Form.disclosure(item, column), "本报告采用2019年试行表式，没有这一栏目，未取值" + printed);
            }
        }
    }
}
