package nianbao.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Digits wrapped inside narrow cells, as a text row's neighbours show them: right above or below it, an
 * unlabelled row of fewer numbers than the table is wide (the wrapped ends of its numbers: none of the
 * row's numbers can be trusted), or an unlabelled row of numbers of any length (the ends of all of them,
 * when all wrap: the row is trusted only while its own identity holds).
 */
enum StrayDigits {
    NONE,
    POSSIBLE,
    SURE;

    /** A row of nothing but the ends of numbers, which need not be numbers themselves: .7, 28. */
    private static final Pattern DIGIT_ENDS = Pattern.compile("[0-9０-９.,，．\\s]*[0-9０-９][0-9０-９.,，．\\s]*");

    /** What the neighbours of the text row at {@code index} say about digits wrapped in its cells. */
    static StrayDigits beside(List<PrintedRow> rows, int index, int width) {
        if (rows.get(index).exact()) {
            return NONE;
        }
        StrayDigits above = neighbour(rows, index - 1, width);
        StrayDigits below = neighbour(rows, index + 1, width);
        return above.compareTo(below) >= 0 ? above : below;
    }

    private static StrayDigits neighbour(List<PrintedRow> rows, int index, int width) {
        if (index < 0 || index >= rows.size()) {
            return NONE;
        }
        PrintedRow row = rows.get(index);
        if (row.exact()) {
            return NONE;
        }
        if (row.label().isEmpty() && row.hasValues()) {
            return row.valueCells().size() < width ? SURE : POSSIBLE;
        }
        return DIGIT_ENDS.matcher(row.text()).matches() ? SURE : NONE;
    }
}
