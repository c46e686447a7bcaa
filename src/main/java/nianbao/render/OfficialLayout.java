package nianbao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.form.Applicant;
import nianbao.form.DisclosureGroup;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.form.Section;
import nianbao.model.Return;

/**
 * Lays a return's numbers out as the three tables of the official report: merged headers, the
 * printed labels and the 勾稽关系 note, all taken from the form model.
 */
public final class OfficialLayout {

    /** Table 二's width: the item column and three value columns. */
    private static final int DISCLOSURE_WIDTH = 4;
    /** Table 三's label columns: result, group, item. */
    private static final int LABEL_COLUMNS = 3;

    private OfficialLayout() {
    }

    /** The three tables, in printed order, holding the return's values ("" for a key not read). */
    public static List<LaidTable> of(Return r) {
        return List.of(disclosure(r), application(r), review(r));
    }

    /** A value as printed: exactly as stored, "" when the key was not read. */
    static String text(Return r, Field field) {
        BigDecimal v = r.values().get(field.key());
        return v == null ? "" : v.toPlainString();
    }

    // ---- table 二

    private static LaidTable disclosure(Return r) {
        List<List<LaidCell>> rows = new ArrayList<>();
        int valueColumns = DISCLOSURE_WIDTH - 1;
        for (DisclosureGroup group : DisclosureGroup.values()) {
            rows.add(List.of(LaidCell.label(group.heading(), 1, DISCLOSURE_WIDTH)));
            int span = valueColumns / group.columnLabels().size();
            List<LaidCell> header = new ArrayList<>(List.of(LaidCell.label(DisclosureGroup.ITEM_HEADER)));
            group.columnLabels().forEach(l -> header.add(LaidCell.label(l, 1, span)));
            rows.add(header);
            for (DisclosureItem item : DisclosureItem.values()) {
                if (item.group() == group) {
                    List<LaidCell> row = new ArrayList<>(List.of(LaidCell.label(item.label())));
                    item.columnKeys().forEach(c -> row.add(LaidCell.number(text(r, Form.disclosure(item, c)), span)));
                    rows.add(row);
                }
            }
        }
        return new LaidTable(Section.DISCLOSURE, DISCLOSURE_WIDTH, rows);
    }

    // ---- table 三

    private static LaidTable application(Return r) {
        List<List<LaidCell>> rows = new ArrayList<>(applicationHeader());
        MatrixRow[] all = MatrixRow.values();
        for (int i = 0; i < all.length; i++) {
            List<String> path = all[i].labels();
            List<LaidCell> row = new ArrayList<>();
            for (int level = 0; level < path.size(); level++) {
                if (i == 0 || !startsSame(all[i - 1], all[i], level)) {
                    boolean leaf = level == path.size() - 1;
                    row.add(LaidCell.label(path.get(level), leaf ? 1 : span(all, i, level),
                            leaf ? LABEL_COLUMNS - level : 1));
                }
            }
            for (Applicant col : Applicant.values()) {
                row.add(LaidCell.number(text(r, Form.matrix(all[i], col)), 1));
            }
            rows.add(row);
        }
        return new LaidTable(Section.APPLICATION, LABEL_COLUMNS + Applicant.values().length, rows);
    }

    private static List<List<LaidCell>> applicationHeader() {
        List<Applicant> organisations = Arrays.stream(Applicant.values()).filter(a -> a.labels().size() > 1).toList();
        List<LaidCell> top = List.of(LaidCell.label(MatrixRow.BALANCE_NOTE, 3, LABEL_COLUMNS),
                LaidCell.label(Applicant.HEADER, 1, Applicant.values().length));
        List<LaidCell> middle = new ArrayList<>();
        List<LaidCell> bottom = new ArrayList<>();
        for (Applicant col : Applicant.values()) {
            if (col.labels().size() == 1) {
                middle.add(LaidCell.label(col.label(), 2, 1));
            } else {
                if (col == organisations.get(0)) {
                    middle.add(LaidCell.label(col.labels().get(0), 1, organisations.size()));
                }
                bottom.add(LaidCell.label(col.label()));
            }
        }
        return List.of(top, middle, bottom);
    }

    /** Whether two rows share their label path down to {@code level} (so the cell above spans them). */
    private static boolean startsSame(MatrixRow a, MatrixRow b, int level) {
        return a.labels().size() > level + 1 && b.labels().size() > level + 1
                && a.labels().subList(0, level + 1).equals(b.labels().subList(0, level + 1));
    }

    private static int span(MatrixRow[] all, int from, int level) {
        int n = 1;
        while (from + n < all.length && startsSame(all[from], all[from + n], level)) {
            n++;
        }
        return n;
    }

    // ---- table 四

    private static LaidTable review(Return r) {
        int outcomes = ReviewOutcome.values().length;
        List<LaidCell> top = new ArrayList<>();
        List<LaidCell> middle = new ArrayList<>();
        List<LaidCell> bottom = new ArrayList<>();
        List<LaidCell> values = new ArrayList<>();
        ReviewGroup[] groups = ReviewGroup.values();
        for (int g = 0; g < groups.length; g++) {
            List<String> labels = groups[g].labels();
            if (labels.size() == 1) {
                top.add(LaidCell.label(labels.get(0), 1, outcomes));
                Arrays.stream(ReviewOutcome.values()).forEach(o -> middle.add(LaidCell.label(o.label(), 2, 1)));
            } else {
                if (g == 0 || !groups[g - 1].labels().get(0).equals(labels.get(0))) {
                    long sharing = Arrays.stream(groups).filter(x -> x.labels().get(0).equals(labels.get(0))).count();
                    top.add(LaidCell.label(labels.get(0), 1, (int) sharing * outcomes));
                }
                middle.add(LaidCell.label(labels.get(1), 1, outcomes));
                Arrays.stream(ReviewOutcome.values()).forEach(o -> bottom.add(LaidCell.label(o.label())));
            }
            for (ReviewOutcome o : ReviewOutcome.values()) {
                values.add(LaidCell.number(text(r, Form.review(groups[g], o)), 1));
            }
        }
        return new LaidTable(Section.REVIEW, groups.length * outcomes, List.of(top, middle, bottom, values));
    }
}
