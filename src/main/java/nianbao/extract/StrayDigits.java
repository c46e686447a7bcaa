package nianbao.extract;

import java.util.List;

/**
 * Digits wrapped inside narrow cells: a text row of numbers with, right above or below it, an unlabelled
 * row of fewer numbers than the table is wide. Then no number of the row can be trusted.
 */
final class StrayDigits {

    private StrayDigits() {
    }

    /** Whether the text row at {@code index} has stray digits beside it. */
    static boolean beside(List<PrintedRow> rows, int index, int width) {
        return !rows.get(index).exact() && (stray(rows, index - 1, width) || stray(rows, index + 1, width));
    }

    private static boolean stray(List<PrintedRow> rows, int index, int width) {
        if (index < 0 || index >= rows.size()) {
            return false;
        }
        PrintedRow row = rows.get(index);
        return !row.exact() && row.label().isEmpty() && row.hasValues() && row.valueCells().size() < width;
    }
}
