package nianbao.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nianbao.template.TemplateLayout.Label;
import nianbao.template.TemplateLayout.LabelKind;

/**
 * Lays the form out top to bottom: title, header block, status, table 二's four sub-tables, the
 * application matrix with its check row, and table 四 as one row of fifteen cells.
 */
final class LayoutBuilder {

    /** Columns A–C hold the matrix's three levels of row labels. */
    static final int LABEL_LAST = 2;
    /** Column D: the first value column. */
    static final int VALUE_FIRST = LABEL_LAST + 1;
    /** Column J: the matrix's 总计. */
    static final int MATRIX_LAST = VALUE_FIRST + Applicant.values().length - 1;
    /** Column O: table 四 prints its fifteen cells in one row. */
    static final int LAST = ReviewGroup.values().length * ReviewOutcome.values().length - 1;
    /** The header block's right half: labels from column I, values from column K. */
    static final int RIGHT_LABEL = MATRIX_LAST - 1;
    static final int RIGHT_VALUE = MATRIX_LAST + 1;

    static final List<Integer> COLUMN_WIDTHS = List.of(8, 10, 26);
    static final int VALUE_WIDTH = 9;

    final Map<Field, Region> fields = new LinkedHashMap<>();
    final Map<MetaKey, Region> meta = new EnumMap<>(MetaKey.class);
    final List<Label> labels = new ArrayList<>();
    Region status;
    int headerRows;
    int checkRow;
    int row;

    LayoutBuilder build() {
        label(LabelKind.TITLE, "政府信息公开工作年度报告数据", Region.row(row++, 0, LAST));
        metaBlock();
        statusRow();
        headerRows = row++;
        disclosure();
        row++;
        matrix();
        checkRow();
        row++;
        review();
        return this;
    }

    private void metaBlock() {
        MetaKey[] keys = MetaKey.values();
        for (int i = 0; i < keys.length; i++) {
            int r = row + i / 2;
            boolean left = i % 2 == 0;
            label(LabelKind.HEADER, keys[i].label(), Region.row(r, left ? 0 : RIGHT_LABEL, left ? LABEL_LAST : MATRIX_LAST));
            meta.put(keys[i], Region.row(r, left ? VALUE_FIRST : RIGHT_VALUE, left ? RIGHT_LABEL - 1 : LAST));
        }
        row += (keys.length + 1) / 2;
    }

    private void statusRow() {
        label(LabelKind.HEADER, "勾稽关系校验", Region.row(row, 0, LABEL_LAST));
        status = Region.row(row++, VALUE_FIRST, LAST);
    }

    private void disclosure() {
        section(Section.DISCLOSURE);
        for (DisclosureGroup group : DisclosureGroup.values()) {
            label(LabelKind.GROUP, group.heading(), Region.row(row++, 0, MATRIX_LAST));
            label(LabelKind.HEADER, DisclosureGroup.ITEM_HEADER, Region.row(row, 0, LABEL_LAST));
            List<String> columns = group.columnLabels();
            for (int c = 0; c < columns.size(); c++) {
                label(LabelKind.HEADER, columns.get(c), disclosureSpan(row, c, columns.size()));
            }
            row++;
            Arrays.stream(DisclosureItem.values()).filter(i -> i.group() == group).forEach(this::disclosureRow);
        }
    }

    private void disclosureRow(DisclosureItem item) {
        label(LabelKind.ROW, item.label(), Region.row(row, 0, LABEL_LAST));
        for (int c = 0; c < item.columnKeys().size(); c++) {
            fields.put(Form.disclosure(item, item.columnKeys().get(c)), disclosureSpan(row, c, item.columnKeys().size()));
        }
        row++;
    }

    /** Column {@code c} of {@code n} shares the matrix's seven value columns D–J. */
    private static Region disclosureSpan(int r, int c, int n) {
        int width = MATRIX_LAST - VALUE_FIRST + 1;
        return Region.row(r, VALUE_FIRST + c * width / n, VALUE_FIRST + (c + 1) * width / n - 1);
    }

    private void matrix() {
        section(Section.APPLICATION);
        List<List<String>> columnPaths = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            List<String> path = new ArrayList<>();
            if (!a.isTotal()) {
                path.add(Applicant.HEADER);
            }
            path.addAll(a.labels());
            columnPaths.add(path);
        }
        int depth = depth(columnPaths);
        label(LabelKind.NOTE, MatrixRow.BALANCE_NOTE, new Region(row, row + depth - 1, 0, LABEL_LAST));
        band(columnPaths, VALUE_FIRST, row, depth, false, LabelKind.HEADER);
        row += depth;
        List<List<String>> rowPaths = Arrays.stream(MatrixRow.values()).map(MatrixRow::labels).toList();
        band(rowPaths, row, 0, LABEL_LAST + 1, true, LabelKind.ROW);
        for (MatrixRow r : MatrixRow.values()) {
            for (Applicant a : Applicant.values()) {
                fields.put(Form.matrix(r, a), Region.cell(row, VALUE_FIRST + a.ordinal()));
            }
            row++;
        }
    }

    private void checkRow() {
        label(LabelKind.HEADER, "勾稽关系校验", Region.row(row, 0, LABEL_LAST));
        checkRow = row++;
    }

    private void review() {
        section(Section.REVIEW);
        List<List<String>> paths = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                List<String> path = new ArrayList<>(g.labels());
                path.add(o.label());
                paths.add(path);
            }
        }
        int depth = depth(paths);
        band(paths, 0, row, depth, false, LabelKind.HEADER);
        row += depth;
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                fields.put(Form.review(g, o), Region.cell(row, g.ordinal() * ReviewOutcome.values().length + o.ordinal()));
            }
        }
        row++;
    }

    private void section(Section section) {
        label(LabelKind.SECTION, section.heading(), Region.row(row++, 0, LAST));
    }

    /**
     * Lays out nested label paths: one item per column (or per row when {@code itemsAreRows}), one
     * level per row (or column). Equal prefixes of neighbouring items merge; a path's last label
     * stretches to the deepest level.
     */
    private void band(List<List<String>> paths, int firstItem, int firstLevel, int depth, boolean itemsAreRows, LabelKind kind) {
        for (int level = 0; level < depth; level++) {
            for (int i = 0; i < paths.size(); ) {
                int j = i + 1;
                while (j < paths.size() && samePrefix(paths.get(i), paths.get(j), level)) {
                    j++;
                }
                if (paths.get(i).size() > level) {
                    int lastLevel = paths.get(i).size() == level + 1 ? depth - 1 : level;
                    Region r = itemsAreRows
                            ? new Region(firstItem + i, firstItem + j - 1, firstLevel + level, firstLevel + lastLevel)
                            : new Region(firstLevel + level, firstLevel + lastLevel, firstItem + i, firstItem + j - 1);
                    label(kind, paths.get(i).get(level), r);
                }
                i = j;
            }
        }
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    private static int depth(List<List<String>> paths) {
        return paths.stream().mapToInt(List::size).max().orElse(1);
    }

    private void label(LabelKind kind, String text, Region region) {
        labels.add(new Label(text, region, kind));
    }
}
