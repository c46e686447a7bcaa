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
import nianbao.form.Labels;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.form.Section;
import nianbao.template.TemplateLayout.Label;
import nianbao.template.TemplateLayout.LabelKind;

/**
 * Lays the form out top to bottom on fifteen columns of one width, so that table 四's fifteen cells are
 * even: title, header block, status, table 二's four sub-tables, the application matrix (row labels on
 * columns A–H, values on I–O) with its check row, and table 四 as one row of fifteen cells.
 */
final class LayoutBuilder {

    /** Column O: table 四 prints its fifteen cells in one row, one column each. */
    static final int LAST = ReviewGroup.values().length * ReviewOutcome.values().length - 1;
    /** Column I: the matrix's first value column, its seven values ending at the last column. */
    static final int VALUE_FIRST = LAST - Applicant.values().length + 1;
    /** Column O: the matrix's 总计. */
    static final int MATRIX_LAST = LAST;
    /** Columns A–H hold the matrix's row labels. */
    static final int LABEL_LAST = VALUE_FIRST - 1;
    /** Where each level of the matrix's row labels starts: A, B (to C), D (to H). */
    static final List<Integer> ROW_LEVELS = List.of(0, 1, 3);
    /** Table 二's values share columns G–O, nine columns that split evenly into one or three. */
    static final int DISCLOSURE_FIRST = 6;
    /** The header block: labels A–B, values C–G on the left; labels H–I, values J–O on the right. */
    static final int LEFT_LABEL_LAST = 1;
    static final int RIGHT_LABEL = 7;
    static final int RIGHT_VALUE = 9;

    /** Every column's width in characters: four Chinese characters (结果维持) fit on a line. */
    static final int COLUMN_WIDTH = 9;
    /** The Chinese characters a line of a header holds in one column. */
    static final int HEADER_LINE = 4;

    final Map<Field, Region> fields = new LinkedHashMap<>();
    final Map<MetaKey, Region> meta = new EnumMap<>(MetaKey.class);
    final List<Label> labels = new ArrayList<>();
    Region status;
    int headerRows;
    int checkRow;
    int row;

    LayoutBuilder build() {
        label(LabelKind.TITLE, Form.REPORT + "数据", Region.row(row++, 0, LAST));
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
            label(LabelKind.HEADER, keys[i].label(), Region.row(r, left ? 0 : RIGHT_LABEL, left ? LEFT_LABEL_LAST : RIGHT_VALUE - 1));
            meta.put(keys[i], Region.row(r, left ? LEFT_LABEL_LAST + 1 : RIGHT_VALUE, left ? RIGHT_LABEL - 1 : LAST));
        }
        row += (keys.length + 1) / 2;
    }

    private void statusRow() {
        label(LabelKind.HEADER, "勾稽关系校验", Region.row(row, 0, LEFT_LABEL_LAST));
        status = Region.row(row++, LEFT_LABEL_LAST + 1, LAST);
    }

    private void disclosure() {
        section(Section.DISCLOSURE);
        for (DisclosureGroup group : DisclosureGroup.values()) {
            label(LabelKind.GROUP, group.heading(), Region.row(row++, 0, LAST));
            label(LabelKind.HEADER, DisclosureGroup.ITEM_HEADER, Region.row(row, 0, DISCLOSURE_FIRST - 1));
            List<String> columns = group.columnLabels();
            for (int c = 0; c < columns.size(); c++) {
                label(LabelKind.HEADER, columns.get(c), disclosureSpan(row, c, columns.size()));
            }
            row++;
            Arrays.stream(DisclosureItem.values()).filter(i -> i.group() == group).forEach(this::disclosureRow);
        }
    }

    private void disclosureRow(DisclosureItem item) {
        label(LabelKind.ROW, item.label(), Region.row(row, 0, DISCLOSURE_FIRST - 1));
        for (int c = 0; c < item.columnKeys().size(); c++) {
            fields.put(Form.disclosure(item, item.columnKeys().get(c)), disclosureSpan(row, c, item.columnKeys().size()));
        }
        row++;
    }

    /** Column {@code c} of {@code n} shares the value columns G–O. */
    private static Region disclosureSpan(int r, int c, int n) {
        int width = LAST - DISCLOSURE_FIRST + 1;
        return Region.row(r, DISCLOSURE_FIRST + c * width / n, DISCLOSURE_FIRST + (c + 1) * width / n - 1);
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
        band(columnPaths, VALUE_FIRST, levels(row, depth), row + depth - 1, false, LabelKind.HEADER);
        row += depth;
        List<List<String>> rowPaths = Arrays.stream(MatrixRow.values()).map(MatrixRow::labels).toList();
        band(rowPaths, row, ROW_LEVELS, LABEL_LAST, true, LabelKind.ROW);
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
        band(paths, 0, levels(row, depth), row + depth - 1, false, LabelKind.HEADER);
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

    /** One row per level, from row {@code first}. */
    private static List<Integer> levels(int first, int depth) {
        return java.util.stream.IntStream.range(first, first + depth).boxed().toList();
    }

    /**
     * Lays out nested label paths: one item per column (or per row when {@code itemsAreRows}), each
     * level from its start in {@code levels} to the next level's (rows, or columns when items are rows),
     * the last to {@code end}. Equal prefixes of neighbouring items merge; a path's last label stretches
     * to {@code end}.
     */
    private void band(List<List<String>> paths, int firstItem, List<Integer> levels, int end, boolean itemsAreRows, LabelKind kind) {
        for (int level = 0; level < levels.size(); level++) {
            for (int i = 0; i < paths.size(); ) {
                int j = i + 1;
                while (j < paths.size() && samePrefix(paths.get(i), paths.get(j), level)) {
                    j++;
                }
                if (paths.get(i).size() > level) {
                    int from = levels.get(level);
                    int to = paths.get(i).size() == level + 1 || level + 1 == levels.size() ? end : levels.get(level + 1) - 1;
                    Region r = itemsAreRows
                            ? new Region(firstItem + i, firstItem + j - 1, from, to)
                            : new Region(from, to, firstItem + i, firstItem + j - 1);
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

    /** A label; a header too wide for its columns on lines of {@value #HEADER_LINE} characters (社会公益 / 组织). */
    private void label(LabelKind kind, String text, Region region) {
        int room = (region.lastColumn() - region.firstColumn() + 1) * COLUMN_WIDTH - 1;
        boolean narrow = kind == LabelKind.HEADER && text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() > room;
        labels.add(new Label(narrow ? Labels.lines(text, HEADER_LINE) : text, region, kind));
    }
}
