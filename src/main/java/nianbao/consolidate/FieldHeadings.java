package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Labels;

/**
 * The form's 200 fields as the added sheets label them for people, with the keys kept for machines:
 * one heading per printed row of the form (一、本年新收政府信息公开申请数量) over or beside its cells'
 * short column labels (自然人 … 总计). 明细 runs the fields across as columns ({@link #columnHeads}),
 * 分组小计 and 同比 down as rows ({@link #rowLabels}).
 */
final class FieldHeadings {

    /** The fields that share one printed row of the form, {@code first} to {@code last} in form order. */
    private record Run(String heading, int first, int last) {
    }

    /** The three leading columns of a sheet with a row per field: the row's heading, the column's label, the key. */
    static final List<String> ROW_LEAD = List.of("项目", "列", "键");
    /** The widths of {@link #ROW_LEAD}; the key's column is hidden. */
    static final List<Integer> ROW_LEAD_WIDTHS = List.of(36, 14, 0);
    /** The header rows above a sheet's data when the fields run across: headings, keys (hidden), short labels. */
    static final int COLUMN_HEAD_ROWS = 3;

    /** The characters a line of a short label holds in a column of 明细. */
    private static final int LINE = 4;
    /** The height of the row of headings: four lines. */
    private static final double HEADING_POINTS = 4 * SheetRows.LINE_POINTS;

    private static final List<Run> RUNS = group();

    private FieldHeadings() {
    }

    /** Every printed row of the form with the fields in it, in form order. */
    private static List<Run> group() {
        List<Run> runs = new ArrayList<>();
        List<Field> fields = Form.fields();
        for (int i = 0; i < fields.size(); ) {
            int j = i;
            while (j + 1 < fields.size() && fields.get(j + 1).rowHeading().equals(fields.get(i).rowHeading())) {
                j++;
            }
            runs.add(new Run(fields.get(i).rowHeading(), i, j));
            i = j + 1;
        }
        return Collections.unmodifiableList(runs);
    }

    /**
     * The three header rows of a sheet whose fields run across after the {@code lead} columns: each run's
     * heading merged over its cells; the keys in a hidden row, the lead columns there named by {@code leadKeys}
     * (a meta key such as {@code meta.agency}, or ""); each field's short label. A lead column's name fills its
     * three rows. The third row is the one an autofilter sits on.
     */
    static void columnHeads(SheetRows rows, List<String> lead, List<String> leadKeys, SheetStyles styles) throws IOException {
        List<Object> headings = new ArrayList<>(lead);
        List<Object> keys = new ArrayList<>(leadKeys);
        List<Object> labels = new ArrayList<>(Collections.nCopies(lead.size(), ""));
        for (Field f : Form.fields()) {
            keys.add(f.key());
            labels.add(Labels.lines(f.shortLabel(), LINE));
        }
        int top = rows.count() + 1;
        for (Run run : RUNS) {
            headings.add(run.heading());
            headings.addAll(Collections.nCopies(run.last() - run.first(), ""));
            if (run.last() > run.first()) {
                rows.merge(top, lead.size() + run.first(), top, lead.size() + run.last());
            }
        }
        for (int c = 0; c < lead.size(); c++) {
            rows.merge(top, c, top + COLUMN_HEAD_ROWS - 1, c);
        }
        rows.row(styles.head(), HEADING_POINTS, headings.toArray());
        rows.hiddenRow(styles.key(), keys.toArray());
        rows.row(styles.head(), 2 * SheetRows.LINE_POINTS, labels.toArray());
    }


    /**
     * The rows of a sheet with a row per field, after its header: each field's heading (merged down its
     * run), short label and key, then {@code values.get(i)} for the field {@code i}.
     */
    static void rowLabels(SheetRows rows, int style, List<List<Object>> values) throws IOException {
        for (Run run : RUNS) {
            int top = rows.count() + 1;
            for (int i = run.first(); i <= run.last(); i++) {
                Field f = Form.fields().get(i);
                List<Object> row = new ArrayList<>(List.of(i == run.first() ? run.heading() : "", f.shortLabel(), f.key()));
                row.addAll(values.get(i));
                rows.row(style, 0, row.toArray());
            }
            if (run.last() > run.first()) {
                rows.merge(top, 0, top + run.last() - run.first(), 0);
            }
        }
    }
}
