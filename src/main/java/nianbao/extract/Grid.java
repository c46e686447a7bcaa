package nianbao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the cells of a table with merged cells (rowspan/colspan, Word's gridSpan/vMerge) onto a grid.
 * A cell spanning rows is repeated in each row it covers, so every row carries its full label path;
 * a cell spanning columns appears once per row.
 */
final class Grid {

    /** The most rows or columns one cell may span: more is a damaged file, not a table. */
    private static final int MAX_SPAN = 200;

    /** A placed cell; identity tells the positions of one merged cell apart from equal neighbours. */
    private static final class Cell {
        final String text;

        Cell(String text) {
            this.text = text;
        }
    }

    private final List<Map<Integer, Cell>> rows = new ArrayList<>();
    private int current = -1;
    private int column;

    void startRow() {
        current++;
        while (rows.size() <= current) {
            rows.add(new HashMap<>());
        }
        column = 0;
    }

    /** Places a cell at the next free position of the current row. */
    void add(String text, int rowspan, int colspan) {
        place(new Cell(text == null ? "" : text), clamp(rowspan), clamp(colspan));
    }

    /** Places the continuation of the merged cell above (Word's vMerge="continue"). */
    void continueAbove(int colspan) {
        int row = current;
        skipTaken(row);
        Cell above = row > 0 ? rows.get(row - 1).get(column) : null;
        place(above == null ? new Cell("") : above, 1, clamp(colspan));
    }

    /** The rows laid out, each merged cell once per row it covers. */
    List<PrintedRow> printedRows() {
        List<PrintedRow> out = new ArrayList<>();
        for (Map<Integer, Cell> row : rows.subList(0, current + 1)) {
            int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> cells = new ArrayList<>();
            Cell previous = null;
            for (int c = 0; c < width; c++) {
                Cell cell = row.get(c);
                if (cell != previous) {
                    cells.add(cell == null ? "" : cell.text);
                }
                previous = cell;
            }
            if (cells.stream().anyMatch(s -> !s.isBlank())) {
                out.add(new PrintedRow(cells, true));
            }
        }
        return out;
    }

    private void place(Cell cell, int rowspan, int colspan) {
        int row = current;
        skipTaken(row);
        for (int r = row; r < row + rowspan; r++) {
            while (rows.size() <= r) {
                rows.add(new HashMap<>());
            }
            for (int c = column; c < column + colspan; c++) {
                rows.get(r).putIfAbsent(c, cell);
            }
        }
        column += colspan;
    }

    private void skipTaken(int row) {
        while (rows.get(row).containsKey(column)) {
            column++;
        }
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(span, MAX_SPAN));
    }
}
