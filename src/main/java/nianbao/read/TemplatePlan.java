package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.read.formula.Formula;

/**
 * A layout as arrays in form order, worked out once per template layout: each field's cell, its template
 * formula text, and the form positions of the inputs that text sums, so that {@link ReturnBuilder} reads
 * the plain cells of every file sharing the layout without maps, Optionals or BigDecimal.
 */
final class TemplatePlan {

    private final CellAddress[] cells;
    private final String[] sums;
    private final int[][] inputs;
    private final String[] sheets;
    private final int[] sheetOf;

    private TemplatePlan(CellAddress[] cells, String[] sums, int[][] inputs) {
        this.cells = cells;
        this.sums = sums;
        this.inputs = inputs;
        List<String> names = new ArrayList<>();
        this.sheetOf = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !names.contains(cells[i].sheet())) {
                names.add(cells[i].sheet());
            }
            sheetOf[i] = cells[i] == null ? -1 : names.indexOf(cells[i].sheet());
        }
        this.sheets = names.toArray(new String[0]);
    }

    /** The plan of a template layout's cells (key → cell) and template formula texts (key → SUM text). */
    static TemplatePlan of(Map<String, CellAddress> cells, Map<String, String> sums, LayoutCache cache) {
        List<Field> fields = Form.fields();
        CellAddress[] at = located(cells);
        String[] texts = new String[fields.size()];
        int[][] inputs = new int[fields.size()][];
        for (int i = 0; i < at.length; i++) {
            texts[i] = sums.get(fields.get(i).key());
        }
        for (int i = 0; i < at.length; i++) {
            if (texts[i] != null) {
                inputs[i] = inputs(Form.formulaInputs(fields.get(i)), at, at[i].sheet(), texts[i], cache);
            }
        }
        return new TemplatePlan(at, texts, inputs);
    }

    /**
     * A label layout's cells in form order (null where it lacks one), hashed and compared by sheet, row and
     * column: {@link CellAddress}'s own methods are a record's, slow where C1 compiles them.
     */
    private static final class LabelCells implements LayoutCache.Key<TemplatePlan> {
        private final CellAddress[] cells;
        private final int hash;

        LabelCells(CellAddress[] cells) {
            this.cells = cells;
            int h = 1;
            for (CellAddress c : cells) {
                h = 31 * h + (c == null ? 0 : (c.sheet().hashCode() * 31 + c.row()) * 31 + c.column());
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof LabelCells k) || k.hash != hash || k.cells.length != cells.length) {
                return false;
            }
            for (int i = 0; i < cells.length; i++) {
                CellAddress a = cells[i];
                CellAddress b = k.cells[i];
                if (a != b && (a == null || b == null || a.row() != b.row() || a.column() != b.column()
                        || !a.sheet().equals(b.sheet()))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The plan of a label layout's cells (no template formulas): the one remembered in {@code cache} for
     * the same cells, else a new one remembered, since hand-made files of one office repeat their layout.
     */
    static TemplatePlan ofLabels(Map<String, CellAddress> cells, LayoutCache cache) {
        CellAddress[] at = located(cells);
        LabelCells key = new LabelCells(at);
        TemplatePlan known = cache.get(key);
        return known != null ? known : cache.put(key, new TemplatePlan(at, new String[at.length], new int[at.length][]));
    }

    /** The cell of every field in form order, null where the layout lacks it. */
    private static CellAddress[] located(Map<String, CellAddress> cells) {
        List<Field> fields = Form.fields();
        CellAddress[] at = new CellAddress[fields.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = cells.get(fields.get(i).key());
        }
        return at;
    }

    /**
     * The form positions of a formula's inputs, when the template text sums exactly their cells in this
     * order (as the reader's own {@link Formula} parse of it says); null otherwise.
     */
    private static int[] inputs(List<Field> fields, CellAddress[] at, String sheet, String text, LayoutCache cache) {
        Optional<Formula> parsed = Formula.parse(text, sheet, name -> Optional.empty(), cache);
        if (parsed.isEmpty() || !parsed.get().isPlainSum() || parsed.get().terms().size() != fields.size()) {
            return null;
        }
        int[] positions = new int[fields.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = fields.get(k).index();
            if (!parsed.get().terms().get(k).cell().equals(at[positions[k]])) {
                return null;
            }
        }
        return positions;
    }

    /** The sheets of the cells located, in the order the form first meets them. */
    String[] sheets() {
        return sheets.clone();
    }

    /** The position in {@link #sheets()} of the sheet of the field at this form position, or -1. */
    int sheetOf(int field) {
        return sheetOf[field];
    }

    int size() {
        return cells.length;
    }

    /** The cell of the field at this form position, or null when the layout lacks it. */
    CellAddress cell(int field) {
        return cells[field];
    }

    /** The template formula text of the field at this form position, or null. */
    String sum(int field) {
        return sums[field];
    }

    /** The form positions the template formula of this field sums, or null. */
    int[] inputs(int field) {
        return inputs[field];
    }
}
