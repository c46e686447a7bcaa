package nianbao.read.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.model.CellAddress;
import nianbao.read.RawCell;

/**
 * Table 四 of a workbook without the template's names, for {@link LabelLayout}: outcome headers under
 * their group headers, the numbers in the first of the three rows below them where a header's column
 * holds anything (else the row just below), put into {@code cells}. Plain loops over the folded texts,
 * the labels folded once, since this runs for every file of the label path.
 */
record ReviewLabels(Map<String, CellAddress> cells) {

    private static final ReviewGroup[] GROUPS = ReviewGroup.values();
    private static final ReviewOutcome[] OUTCOMES = ReviewOutcome.values();
    /** The folded innermost header of each group, and the folded header of each outcome, by ordinal. */
    private static final String[] GROUP_LABELS = new String[GROUPS.length];
    private static final String[] OUTCOME_LABELS = new String[OUTCOMES.length];
    /** The key of each group's outcome, by group and outcome ordinal: no key is built per header found. */
    private static final String[][] KEYS = new String[GROUPS.length][OUTCOMES.length];

    static {
        for (ReviewGroup g : GROUPS) {
            GROUP_LABELS[g.ordinal()] = Labels.normalize(g.labels().get(g.labels().size() - 1));
            for (ReviewOutcome o : OUTCOMES) {
                KEYS[g.ordinal()][o.ordinal()] = Form.review(g, o).key();
            }
        }
        for (ReviewOutcome o : OUTCOMES) {
            OUTCOME_LABELS[o.ordinal()] = Labels.normalize(o.label());
        }
    }

    void locate(List<LabelSheet> sheets) {
        for (LabelSheet sheet : sheets) {
            Map<String, LabelSheet.Hit> headers = headers(sheet);
            if (!headers.isEmpty()) {
                int below = 0;
                for (LabelSheet.Hit h : headers.values()) {
                    below = Math.max(below, h.row() + 1);
                }
                int data = dataRow(sheet, headers, below);
                for (Map.Entry<String, LabelSheet.Hit> h : headers.entrySet()) {
                    cells.putIfAbsent(h.getKey(), sheet.grid().address(data, h.getValue().column()));
                }
                return;
            }
        }
    }

    private static Map<String, LabelSheet.Hit> headers(LabelSheet sheet) {
        Map<String, LabelSheet.Hit> found = new HashMap<>();
        List<GroupHeader> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<LabelSheet.Text>> row : sheet.rows().entrySet()) {
            headers(row.getKey(), row.getValue(), groups, found);
        }
        return found;
    }

    /** The group and outcome headers of one row (a loop of its own: C2 compiles the short loops once). */
    private static void headers(int r, List<LabelSheet.Text> texts, List<GroupHeader> groups, Map<String, LabelSheet.Hit> found) {
        for (int i = 0; i < texts.size(); i++) {
            LabelSheet.Text t = texts.get(i);
            ReviewGroup group = group(t.folded());
            if (group != null) {
                groups.add(new GroupHeader(r, t.column(), group));
            }
            ReviewOutcome outcome = outcome(t.folded());
            ReviewGroup above = outcome == null ? null : groupOf(groups, r, t.column());
            if (above != null) {
                found.putIfAbsent(KEYS[above.ordinal()][outcome.ordinal()], new LabelSheet.Hit(r, t.column()));
            }
        }
    }

    /** The group whose innermost header this text ends with (the last such group), or null. */
    private static ReviewGroup group(String folded) {
        ReviewGroup found = null;
        for (ReviewGroup g : GROUPS) {
            if (folded.endsWith(GROUP_LABELS[g.ordinal()])) {
                found = g;
            }
        }
        return found;
    }

    private static ReviewOutcome outcome(String folded) {
        for (ReviewOutcome o : OUTCOMES) {
            if (folded.equals(OUTCOME_LABELS[o.ordinal()])) {
                return o;
            }
        }
        return null;
    }

    /** The group header nearest above and to the left: up to four rows up, rightmost, then lowest. */
    private static ReviewGroup groupOf(List<GroupHeader> groups, int row, int column) {
        GroupHeader best = null;
        for (GroupHeader g : groups) {
            boolean near = g.row < row && g.row >= row - 4 && g.column <= column;
            if (near && (best == null || g.column > best.column || g.column == best.column && g.row > best.row)) {
                best = g;
            }
        }
        return best == null ? null : best.group;
    }

    private static int dataRow(LabelSheet sheet, Map<String, LabelSheet.Hit> headers, int below) {
        for (int r = below; r < below + 3; r++) {
            for (LabelSheet.Hit h : headers.values()) {
                if (sheet.grid().at(r, h.column()).kind() != RawCell.Kind.EMPTY) {
                    return r;
                }
            }
        }
        return below;
    }

    /** A group's innermost header cell. */
    private record GroupHeader(int row, int column, ReviewGroup group) {
    }
}
