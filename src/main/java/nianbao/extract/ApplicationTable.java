package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;

/**
 * Reads table 三 from the rows of its part: the printed rows of numbers paired with the form's rows in
 * printed order between the labels it is sure of ({@link RowOrder}), in the layout the report follows
 * ({@link MatrixLayout}); each row's cells as printed or cut out of run-together digits ({@link RowCells});
 * cuts still open decided by the columns' identities ({@link CutChoice}). What cannot be read honestly
 * is reported missing.
 */
final class ApplicationTable {

    private static final int WIDTH = Applicant.values().length;
    /** How many labelled rows printing twice the cells show two years side by side. */
    private static final int TWO_YEARS_ROWS = 3;
    static final String NOT_FOUND = "报告中找不到这一行（或这一行没有数字），未取值";

    private final List<PrintedRow> region;
    private final Readings readings;
    private final List<Integer> at = new ArrayList<>();

    private ApplicationTable(List<PrintedRow> region, Readings readings) {
        this.region = region;
        this.readings = readings;
    }

    /**
     * Reads the table from its part's rows; returns the index in the part just after the row printed for
     * its last row (四、结转下年度继续办理), or 0 when that row was not found.
     */
    static int read(List<PrintedRow> region, Readings readings) {
        return new ApplicationTable(region, readings).read();
    }

    /** A layout with the printed rows paired to its rows. */
    private record Paired(MatrixLayout layout, List<RowOrder.Candidate> candidates, RowOrder.Pairing pairing) {
    }

    private int read() {
        LabelFit officialFit = fit(MatrixLayout.FULL);
        for (int i = 0; i < region.size(); i++) {
            PrintedRow row = region.get(i);
            boolean blankRow = row.exact() && !row.valueCells().isEmpty() && officialFit.sure(row.labelCells()).isPresent();
            if (row.hasValues() || blankRow) {
                at.add(i);
            }
        }
        Paired official = pair(MatrixLayout.FULL);
        Paired single = pair(MatrixLayout.SINGLE_OTHER);
        Paired chosen = printsOtherAsOneRow(official, single) ? single : official;
        twoYears(chosen);
        return write(chosen);
    }

    private static LabelFit fit(MatrixLayout layout) {
        return new LabelFit(layout.slots().stream().map(MatrixSlot::path).toList());
    }

    private Paired pair(MatrixLayout layout) {
        LabelFit fit = fit(layout);
        List<RowOrder.Candidate> candidates = new ArrayList<>();
        for (int i : at) {
            PrintedRow row = region.get(i);
            boolean whole = row.exact() || DigitSplits.digits(row.valueCells()) >= WIDTH;
            candidates.add(new RowOrder.Candidate(fit.sure(row.labelCells()), whole));
        }
        List<String> labels = layout.slots().stream().map(MatrixSlot::label).toList();
        return new Paired(layout, candidates, RowOrder.pair(candidates, labels));
    }

    /**
     * Whether (六) 其他处理 is printed as one row: a row of numbers is labelled with the group alone, none
     * with one of its three rows, and between the official layout's anchors around the group there are
     * exactly as many rows of numbers as the one-row layout has there (two fewer than the official), all
     * of them whole (a row short of numbers could be a row of the official layout printed with blanks).
     */
    private boolean printsOtherAsOneRow(Paired official, Paired single) {
        List<MatrixSlot> singleSlots = single.layout().slots();
        List<MatrixSlot> officialSlots = official.layout().slots();
        int first = officialSlots.indexOf(MatrixSlot.of(MatrixLayout.SINGLE_OTHER.notPrinted().get(0)));
        int last = officialSlots.indexOf(MatrixSlot.of(MatrixRow.OTHER_OTHER));
        int[] before = {-1, -1};
        int[] after = {at.size(), officialSlots.size()};
        for (int[] anchor : RowOrder.anchors(official.candidates())) {
            if (anchor[1] >= first && anchor[1] <= last) {
                return false;
            }
            if (anchor[1] < first) {
                before = anchor;
            } else if (after[0] == at.size()) {
                after = anchor;
            }
        }
        boolean groupRow = false;
        boolean allWhole = true;
        int whole = 0;
        for (int c = before[0] + 1; c < after[0]; c++) {
            OptionalInt sure = single.candidates().get(c).sure();
            groupRow |= sure.isPresent() && singleSlots.get(sure.getAsInt()).standsForGroup();
            allWhole &= official.candidates().get(c).full();
            whole += official.candidates().get(c).full() ? 1 : 0;
        }
        int officialRows = after[1] - before[1] - 1;
        return groupRow && allWhole && whole == officialRows - MatrixLayout.SINGLE_OTHER.notPrinted().size();
    }

    /** Notes labelled rows printing twice the cells: a page holding two years side by side. */
    private void twoYears(Paired paired) {
        long doubled = 0;
        for (int c = 0; c < at.size(); c++) {
            PrintedRow row = region.get(at.get(c));
            if (paired.candidates().get(c).sure().isPresent() && !row.exact() && row.valueCells().size() == 2 * WIDTH) {
                doubled++;
            }
        }
        if (doubled >= TWO_YEARS_ROWS) {
            readings.note("本报告第三部分有 " + doubled + " 行各印出 " + 2 * WIDTH + " 个数字（应为 " + WIDTH
                    + " 个），像是两个年度的数字并列印在一起；无法确定哪一列属于本年度，这些行未取值");
        }
    }

    private int write(Paired paired) {
        List<MatrixSlot> slots = paired.layout().slots();
        Set<Integer> placed = new HashSet<>();
        for (int c : paired.pairing().rowOf()) {
            if (c >= 0) {
                placed.add(at.get(c));
            }
        }
        IntPredicate leftOver = i -> at.contains(i) && !placed.contains(i);
        List<RowCells> cells = new ArrayList<>();
        int last = paired.pairing().rowOf()[slots.size() - 1];
        int end = last < 0 ? 0 : at.get(last) + 1;
        for (int s = 0; s < slots.size(); s++) {
            int c = paired.pairing().rowOf()[s];
            if (c < 0) {
                String why = paired.pairing().why()[s];
                cells.add(RowCells.missing("", why.isEmpty() ? NOT_FOUND : why));
            } else {
                int index = at.get(c);
                cells.add(RowCells.of(region.get(index), fields(slots.get(s).row()), StrayDigits.beside(region, index, WIDTH, leftOver)));
            }
        }
        List<CutChoice.Decided> decided = decide(slots, cells, paired.layout());
        int open = 0;
        for (int s = 0; s < slots.size(); s++) {
            List<Field> fields = fields(slots.get(s).row());
            RowCells row = cells.get(s);
            if (row.isMissing()) {
                fields.forEach(f -> readings.missing(f, row.missing()));
            } else if (row.isSettled()) {
                readCells(fields, new CutChoice.Decided(row.readings().get(0), row.decidedBy(), ""), row);
            } else {
                readCells(fields, decided.get(open++), row);
            }
        }
        notPrinted(paired.layout());
        return end;
    }

    private void readCells(List<Field> fields, CutChoice.Decided decided, RowCells row) {
        for (int i = 0; i < fields.size(); i++) {
            String text = decided.cells().get(i);
            if (text == null) {
                readings.missing(fields.get(i), decided.open());
                continue;
            }
            readings.read(fields.get(i), text);
            if (!decided.decidedBy().isEmpty() && !text.isEmpty()) {
                readings.split(fields.get(i), text, row.printed(), decided.decidedBy());
            }
        }
    }

    /** The open rows decided by the columns' identities, in slot order. */
    private static List<CutChoice.Decided> decide(List<MatrixSlot> slots, List<RowCells> cells, MatrixLayout layout) {
        Map<String, BigDecimal> known = new HashMap<>();
        List<RowCells> open = new ArrayList<>();
        List<List<Field>> openFields = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            List<Field> fields = fields(slots.get(s).row());
            RowCells row = cells.get(s);
            if (row.isSettled()) {
                for (int i = 0; i < fields.size(); i++) {
                    String key = fields.get(i).key();
                    PrintedNumber.parse(row.readings().get(0).get(i)).ifPresent(n -> known.put(key, n.value()));
                }
            } else if (!row.isMissing()) {
                open.add(row);
                openFields.add(fields);
            }
        }
        for (MatrixRow row : layout.notPrinted()) {
            fields(row).forEach(f -> known.put(f.key(), BigDecimal.ZERO));
        }
        return open.isEmpty() ? List.of() : CutChoice.decide(open, openFields, known);
    }

    private void notPrinted(MatrixLayout layout) {
        if (layout.notPrinted().isEmpty()) {
            return;
        }
        String group = MatrixLayout.groupLabel();
        readings.note("本报告第三部分将「" + group + "」印为一行，其数字计入「" + MatrixRow.OTHER_OTHER.label() + "」，另两行按0计");
        for (MatrixRow row : layout.notPrinted()) {
            fields(row).forEach(f -> readings.notPrinted(f, "本报告将「" + group + "」印为一行，未分列此行，按0计"));
        }
    }

    private static List<Field> fields(MatrixRow row) {
        return Arrays.stream(Applicant.values()).map(c -> Form.matrix(row, c)).toList();
    }
}
