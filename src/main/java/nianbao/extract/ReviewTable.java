package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;

/**
 * Reads table 四 from the rows of its part: its numbers are one row of fifteen under headers however
 * shattered, or three rows of five, one per group (three separate small tables), each group then
 * named by the header printed above its row when that names one group alone, else taken in printed order.
 */
final class ReviewTable {

    private static final int GROUP = ReviewOutcome.values().length;
    private static final int WIDTH = GROUP * ReviewGroup.values().length;

    private final List<PrintedRow> region;
    private final Readings readings;

    private ReviewTable(List<PrintedRow> region, Readings readings) {
        this.region = region;
        this.readings = readings;
    }

    static void read(List<PrintedRow> region, Readings readings) {
        new ReviewTable(region, readings).read();
    }

    private void read() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < region.size(); i++) {
            if (region.get(i).hasValues() && printed(region.get(i)) >= GROUP) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            fields(List.of(ReviewGroup.values())).forEach(f -> readings.missing(f, ApplicationTable.NOT_FOUND));
        } else if (cells(region.get(rows.get(0))) == GROUP) {
            readGroups(rows.stream().filter(i -> cells(region.get(i)) == GROUP).toList());
        } else {
            readRow(rows.get(0), List.of(ReviewGroup.values()));
        }
    }

    /** Three rows of five, one per group: by the group their header names, else in printed order. */
    private void readGroups(List<Integer> rows) {
        List<ReviewGroup> groups = List.of(ReviewGroup.values());
        List<Optional<ReviewGroup>> named = new ArrayList<>();
        int from = 0;
        for (int i : rows) {
            named.add(named(region.subList(from, i + 1)));
            from = i + 1;
        }
        for (ReviewGroup group : groups) {
            List<Integer> mine = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                boolean inOrder = rows.size() == groups.size() && named.get(k).map(g -> g == group).orElse(true) && k == group.ordinal();
                boolean byName = named.get(k).map(g -> g == group).orElse(false);
                if (inOrder || byName) {
                    mine.add(rows.get(k));
                }
            }
            if (mine.size() == 1) {
                readRow(mine.get(0), List.of(group));
            } else {
                fields(List.of(group)).forEach(f -> readings.missing(f, mine.isEmpty() ? ApplicationTable.NOT_FOUND
                        : "第四部分有 " + mine.size() + " 行数字都可能属于「" + group.label() + "」，无法确定，未取值，请核对原文"));
            }
        }
    }

    private void readRow(int index, List<ReviewGroup> groups) {
        List<Field> fields = fields(groups);
        RowCells cells = RowCells.of(region.get(index), fields, StrayDigits.beside(region, index, WIDTH, i -> false));
        if (cells.isMissing()) {
            fields.forEach(f -> readings.missing(f, cells.missing()));
            return;
        }
        CutChoice.Decided decided = cells.isSettled() ? new CutChoice.Decided(cells.readings().get(0), cells.decidedBy(), "")
                : CutChoice.decide(List.of(cells), List.of(fields), Map.of()).get(0);
        for (int i = 0; i < fields.size(); i++) {
            String text = decided.cells().get(i);
            if (text == null) {
                readings.missing(fields.get(i), decided.open());
            } else {
                readings.read(fields.get(i), text);
                if (!decided.decidedBy().isEmpty() && !text.isEmpty()) {
                    readings.split(fields.get(i), text, cells.printed(), decided.decidedBy());
                }
            }
        }
    }

    /** The one group the rows' words name (its own header: 行政复议, 未经复议直接起诉, 复议后起诉), if exactly one. */
    private static Optional<ReviewGroup> named(List<PrintedRow> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(r.label()));
        String folded = Labels.normalize(text.toString());
        List<ReviewGroup> named = Arrays.stream(ReviewGroup.values())
                .filter(g -> folded.contains(Labels.normalize(g.labels().get(g.labels().size() - 1)))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** How many numbers a row prints at most: its digits when run together. */
    private static int printed(PrintedRow row) {
        return row.exact() ? (int) row.valueCells().stream().filter(c -> !c.isEmpty()).count() : DigitSplits.digits(row.valueCells());
    }

    /** How many cells a row prints: its cells in a table, its numbers in text (digits run together as one). */
    private static int cells(PrintedRow row) {
        return row.exact() ? (int) row.valueCells().stream().filter(c -> !c.isEmpty()).count() : row.valueCells().size();
    }

    private static List<Field> fields(List<ReviewGroup> groups) {
        List<Field> fields = new ArrayList<>();
        for (ReviewGroup g : groups) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                fields.add(Form.review(g, o));
            }
        }
        return fields;
    }
}
