package nianbao.read.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.model.CellAddress;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;

/**
 * Table 四 of a workbook without the template's names, for {@link LabelLayout}: outcome headers under
 * their group headers, the numbers in the first of the three rows below them where a header's column
 * holds anything (else the row just below), put into {@code cells}. Plain loops over the folded texts,
 * the labels folded once per workbook (the cache remembers the folding), since this runs for every file
 * of the label path.
 */
final class ReviewLabels {

    private final Map<String, CellAddress> cells;
    private final ReviewGroup[] groups = ReviewGroup.values();
    private final ReviewOutcome[] outcomes = ReviewOutcome.values();
    /** The folded innermost header of each group, and the folded header of each outcome, by ordinal. */
    private final String[] groupLabels = new String[groups.length];
    private final String[] outcomeLabels = new String[outcomes.length];

    /** Puts the cells of table 四 it locates into {@code cells}. */
    ReviewLabels(Map<String, CellAddress> cells, LayoutCache cache) {
        this.cells = cells;
        for (ReviewGroup g : groups) {
            groupLabels[g.ordinal()] = LabelSheet.fold(g.labels().get(g.labels().size() - 1), cache);
        }
        for (ReviewOutcome o : outcomes) {
            outcomeLabels[o.ordinal()] = LabelSheet.fold(o.label(), cache);
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

    private Map<String, LabelSheet.Hit> headers(LabelSheet sheet) {
        Map<String, LabelSheet.Hit> found = new HashMap<>();
        List<GroupHeader> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<LabelSheet.Text>> row : sheet.rows().entrySet()) {
            headers(row.getKey(), row.getValue(), groups, found);
        }
        return found;
    }

    /** The group and outcome headers of one row (a loop of its own: C2 compiles the short loops once). */
    private void headers(int r, List<LabelSheet.Text> texts, List<GroupHeader> groups, Map<String, LabelSheet.Hit> found) {
        for (int i = 0; i < texts.size(); i++) {
            LabelSheet.Text t = texts.get(i);
            ReviewGroup group = group(t.folded());
            if (group != null) {
                groups.add(new GroupHeader(r, t.column(), group));
            }
            ReviewOutcome outcome = outcome(t.folded());
            ReviewGroup above = outcome == null ? null : groupOf(groups, r, t.column());
            if (above != null) {
                found.putIfAbsent(Form.review(above, outcome).key(), new LabelSheet.Hit(r, t.column()));
            }
        }
    }

    /** The group whose innermost header this text ends with (the last such group), or null. */
    private ReviewGroup group(String folded) {
        ReviewGroup found = null;
        for (ReviewGroup g : groups) {
            if (folded.endsWith(groupLabels[g.ordinal()])) {
                found = g;
            }
        }
        return found;
    }

    private ReviewOutcome outcome(String folded) {
        for (ReviewOutcome o : outcomes) {
            if (folded.equals(outcomeLabels[o.ordinal()])) {
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
