package nianbao.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Digits wrapped inside narrow cells, as a text row's neighbours show them. A neighbour that holds only
 * ends of numbers (fewer numbers than the table is wide, numbers starting with 0, a bare .7, a row the
 * table had no place for) makes the row's numbers untrustworthy; a neighbour that may be a row of its own
 * or the wrapped ends of all the row's numbers (an unlabelled row of numbers beside a row, either way
 * round) lets the row be read only while its own identity holds.
 */
enum StrayDigits {
    NONE,
    POSSIBLE,
    SURE;

    /** A row of nothing but the ends of numbers, which need not be numbers themselves: .7, 28. */
    private static final Pattern DIGIT_ENDS = Pattern.compile("[0-9０-９.,，．\\s]*[0-9０-９][0-9０-９.,，．\\s]*");

    /**
     * What the neighbours of the text row at {@code index} say about digits wrapped in its cells.
     *
     * @param unplaced whether a row of numbers at an index was left over by the table (no row of the form for it)
     */
    static StrayDigits beside(List<PrintedRow> rows, int index, int width, IntPredicate unplaced) {
        if (rows.get(index).exact()) {
            return NONE;
        }
        StrayDigits above = neighbour(rows, index, index - 1, width, unplaced);
        StrayDigits below = neighbour(rows, index, index + 1, width, unplaced);
        return above.compareTo(below) >= 0 ? above : below;
    }

    private static StrayDigits neighbour(List<PrintedRow> rows, int self, int index, int width, IntPredicate unplaced) {
        if (index < 0 || index >= rows.size() || rows.get(index).exact()) {
            return NONE;
        }
        PrintedRow row = rows.get(index);
        if (!row.hasValues()) {
            return DIGIT_ENDS.matcher(row.text()).matches() ? SURE : NONE;
        }
        if (!row.label().isEmpty()) {
            return rows.get(self).label().isEmpty() ? POSSIBLE : NONE;
        }
        boolean ends = row.valueCells().size() < width || unplaced.test(index)
                || row.valueCells().stream().anyMatch(StrayDigits::startsWithZero);
        return ends ? SURE : POSSIBLE;
    }

    private static boolean startsWithZero(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFKC).strip();
        return s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1));
    }
}
