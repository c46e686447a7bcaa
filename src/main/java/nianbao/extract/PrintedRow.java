package nianbao.extract;

import java.util.List;

/**
 * One row of a published report, in reading order: a table row's cells, or a line of text split
 * where it has gaps. Every source (text, web page, Word, PDF) becomes a list of these.
 *
 * @param cells the cells' texts, left to right
 * @param exact whether the cells are real table cells, so that an empty one is a blank printed
 *     cell; false for text, where gaps are only spacing and empty cells carry no meaning
 */
public record PrintedRow(List<String> cells, boolean exact) {

    public PrintedRow {
        cells = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    /** A row of text: empty cells dropped, every cell split at white space and at Markdown's | bars. */
    public static PrintedRow text(List<String> cells) {
        return new PrintedRow(cells.stream()
                .flatMap(c -> List.of(c.strip().split("[\\s\\u00a0\\u3000|]+")).stream())
                .filter(c -> !c.isEmpty()).toList(), false);
    }

    /** The cells that hold the row's numbers: after the last label cell (exact) or the trailing numbers (text). */
    public List<String> valueCells() {
        int last = lastLabelIndex();
        List<String> tail = cells.subList(last + 1, cells.size());
        return exact ? tail : tail.stream().filter(c -> !c.isEmpty()).toList();
    }

    /** The label cells joined: everything before the value cells. */
    public String label() {
        return String.join(" ", labelCells());
    }

    /** The cells before the value cells, empty ones left out. */
    public List<String> labelCells() {
        return cells.subList(0, lastLabelIndex() + 1).stream().filter(c -> !c.isEmpty()).toList();
    }

    /** The whole row's text. */
    public String text() {
        return String.join(" ", cells);
    }

    public boolean hasValues() {
        return valueCells().stream().anyMatch(c -> !c.isEmpty());
    }

    private int lastLabelIndex() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            String c = cells.get(i);
            if (!c.isEmpty() && !PrintedNumber.isNumber(c)) {
                return i;
            }
        }
        return -1;
    }
}
