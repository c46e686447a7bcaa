package nianbao.render;

import java.util.List;
import java.util.Objects;
import nianbao.form.Section;

/**
 * One of the three tables of the report in the official layout: its section and its rows of cells,
 * merged cells given once with their spans (as HTML writes them).
 *
 * @param section the table's section, whose heading is printed above it
 * @param width how many grid columns the table has
 * @param rows the rows, each listing the cells that start in it
 */
public record LaidTable(Section section, int width, List<List<LaidCell>> rows) {

    public LaidTable {
        Objects.requireNonNull(section, "section");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The table as a full grid: each merged cell's text at its top-left position, "" elsewhere; the
     * shape of a table copied from a web page as text.
     */
    public List<List<String>> grid() {
        String[][] grid = new String[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (LaidCell cell : rows.get(r)) {
                while (c < width && grid[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        grid[r + dr][c + dc] = dr == 0 && dc == 0 ? cell.text() : "";
                    }
                }
                c += cell.colspan();
            }
        }
        return java.util.Arrays.stream(grid)
                .map(row -> java.util.Arrays.stream(row).map(s -> s == null ? "" : s).toList())
                .toList();
    }
}
