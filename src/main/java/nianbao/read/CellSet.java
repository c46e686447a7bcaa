package nianbao.read;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nianbao.model.CellAddress;

/**
 * The cells of one sheet that a reader needs, as a sorted array of {@link Grid#key}s: membership by
 * binary search, no boxing, and the last row needed so that parsing can stop there.
 */
final class CellSet {

    private final long[] keys;

    private CellSet(long[] keys) {
        this.keys = keys;
    }

    /** The cells of {@code cells} grouped by sheet name. */
    static Map<String, CellSet> bySheet(Collection<CellAddress> cells) {
        Map<String, long[]> keys = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (CellAddress c : cells) {
            long[] k = keys.computeIfAbsent(c.sheet(), s -> new long[cells.size()]);
            int n = sizes.merge(c.sheet(), 1, Integer::sum);
            k[n - 1] = Grid.key(c.row(), c.column());
        }
        Map<String, CellSet> sets = new HashMap<>();
        keys.forEach((sheet, k) -> {
            long[] used = Arrays.copyOf(k, sizes.get(sheet));
            Arrays.sort(used);
            sets.put(sheet, new CellSet(used));
        });
        return sets;
    }

    boolean contains(int row, int column) {
        return Arrays.binarySearch(keys, Grid.key(row, column)) >= 0;
    }

    /** The last zero-based row holding a needed cell. */
    int lastRow() {
        return Grid.row(keys[keys.length - 1]);
    }
}
