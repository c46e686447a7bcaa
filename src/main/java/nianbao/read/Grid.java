package nianbao.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nianbao.model.CellAddress;

/** The stored cells of one sheet, in row-major order, addressed by zero-based row and column. */
final class Grid {

    private final String name;
    private final Map<Long, RawCell> cells = new LinkedHashMap<>();

    Grid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void put(int row, int column, RawCell cell) {
        cells.put(key(row, column), cell);
    }

    /** The cell at a position, {@link RawCell#EMPTY} when nothing is stored there. */
    RawCell at(int row, int column) {
        return cells.getOrDefault(key(row, column), RawCell.EMPTY);
    }

    /** Every stored cell keyed by {@link #key}, in row-major order. */
    Map<Long, RawCell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    CellAddress address(int row, int column) {
        return new CellAddress(name, row, column);
    }

    static long key(int row, int column) {
        return ((long) row << 14) | column;
    }

    static int row(long key) {
        return (int) (key >>> 14);
    }

    static int column(long key) {
        return (int) (key & 0x3FFF);
    }
}
