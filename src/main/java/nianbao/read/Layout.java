package nianbao.read;

import java.util.List;
import java.util.Map;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Finding;

/**
 * Where a workbook keeps the form: the cell of every key that was located, the header fields, and a
 * {@code missing_cell} finding for every key that was not.
 *
 * @param cells key → cell, for the keys located
 * @param metaCells header field → the cell holding its value
 * @param metaTexts header field → its value, when found inside a label or title rather than a cell
 * @param findings the missing_cell findings
 * @param template true when located through the template's defined names
 */
record Layout(Map<String, CellAddress> cells, Map<MetaKey, CellAddress> metaCells, Map<MetaKey, String> metaTexts,
              List<Finding> findings, boolean template) {

    Layout {
        cells = Map.copyOf(cells);
        metaCells = Map.copyOf(metaCells);
        metaTexts = Map.copyOf(metaTexts);
        findings = List.copyOf(findings);
    }
}
