package nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Finding;
import nianbao.read.formula.SumText;

/**
 * Where a workbook keeps the form: the cell of every key that was located, the header fields, and a
 * {@code missing_cell} finding for every key that was not.
 *
 * @param cells key → cell, for the keys located
 * @param metaCells header field → the cell holding its value
 * @param metaTexts header field → its value, when found inside a label or title rather than a cell
 * @param findings the missing_cell findings
 * @param template true when located through the template's defined names
 * @param sums for a template layout, formula key → the template's formula text {@code SUM(...)} over its
 *             inputs' cells (keys whose inputs are not all located are absent); empty otherwise
 * @param plan for a template layout, its cells and sums as arrays in form order; null otherwise
 * @param wanted for a template layout, the cells a book need parse for it; null otherwise
 */
public record Layout(Map<String, CellAddress> cells, Map<MetaKey, CellAddress> metaCells, Map<MetaKey, String> metaTexts,
              List<Finding> findings, boolean template, Map<String, String> sums, TemplatePlan plan, Wanted wanted) {

    public Layout {
        cells = Map.copyOf(cells);
        metaCells = Map.copyOf(metaCells);
        metaTexts = Map.copyOf(metaTexts);
        findings = List.copyOf(findings);
        sums = Map.copyOf(sums);
    }

    /** A layout without a plan. */
    public Layout(Map<String, CellAddress> cells, Map<MetaKey, CellAddress> metaCells, Map<MetaKey, String> metaTexts,
           List<Finding> findings, boolean template, Map<String, String> sums) {
        this(cells, metaCells, metaTexts, findings, template, sums, null, null);
    }

    /**
     * The cells a layout wants, by sheet, and its template formula texts by sheet (their cells are all
     * wanted), for {@link Book#want}.
     */
    public record Wanted(Map<String, CellSet> cells, Map<String, Set<String>> sums) {
        public Wanted {
            cells = Map.copyOf(cells);
            sums = Map.copyOf(sums);
        }

        static Wanted of(Map<String, CellAddress> cells, Map<MetaKey, CellAddress> metaCells, Map<String, String> sums) {
            List<CellAddress> wanted = new ArrayList<>(cells.values());
            wanted.addAll(metaCells.values());
            Map<String, Set<String>> bySheet = new HashMap<>();
            for (Map.Entry<String, String> sum : sums.entrySet()) {
                bySheet.computeIfAbsent(cells.get(sum.getKey()).sheet(), s -> new HashSet<>()).add(sum.getValue());
            }
            bySheet.replaceAll((sheet, texts) -> Set.copyOf(texts));
            return new Wanted(CellSet.bySheet(wanted), bySheet);
        }
    }

    /** A template layout, its formulas' template texts computed once for every file that shares it. */
    static Layout template(Map<String, CellAddress> cells, Map<MetaKey, CellAddress> metaCells, List<Finding> findings,
                           LayoutCache cache) {
        Map<String, String> sums = new HashMap<>();
        for (Field field : Form.fields()) {
            CellAddress at = cells.get(field.key());
            List<CellAddress> inputs = field.isFormula()
                    ? Form.formulaInputs(field).stream().map(f -> cells.get(f.key())).toList() : List.of();
            if (field.isFormula() && at != null && !inputs.contains(null)) {
                sums.put(field.key(), "SUM(" + SumText.of(inputs, at.sheet()) + ")");
            }
        }
        return new Layout(cells, metaCells, Map.of(), findings, true, sums, TemplatePlan.of(cells, sums, cache),
                Wanted.of(cells, metaCells, sums));
    }
}
