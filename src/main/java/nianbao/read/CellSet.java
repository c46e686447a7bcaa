package nianbao.read;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nianbao.model.CellAddress;

/**
 * The cells of one sheet that a reader needs, as a sorted array of {@link Grid#key}s and, when they lie
 * in a small rectangle from A1 (as a form's cells do), a bitmap of it: membership without boxing, and the
 * last row needed so that parsing can stop there.
 */
public final class CellSet {

    /** The largest rectangle, in cells, kept as a bitmap; cells spread wider are looked up by binary search. */
    private static final int MAX_BITMAP_CELLS = 1 << 16;

    private final long[] keys;
    private final int width;
    private final long[] bitmap;

    private CellSet(long[] keys) {
        this.keys = keys;
        int columns = 0;
        for (long k : keys) {
            columns = Math.max(columns, Grid.column(k) + 1);
        }
        long cells = (long) columns * (lastRow() + 1);
        this.width = columns;
        this.bitmap = cells <= MAX_BITMAP_CELLS ? new long[(int) ((cells + 63) >>> 6)] : null;
        if (bitmap != null) {
            for (long k : keys) {
                int bit = Grid.row(k) * width + Grid.column(k);
                bitmap[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** The cells of {@code cells} grouped by sheet name. */
    public static Map<String, CellSet> bySheet(Collection<CellAddress> cells) {
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

    public boolean contains(int row, int column) {
        if (bitmap == null) {
            return Arrays.binarySearch(keys, Grid.key(row, column)) >= 0;
        }
        if (row < 0 || column < 0 || column >= width || row > lastRow()) {
            return false;
        }
        int bit = row * width + column;
        return (bitmap[bit >>> 6] & 1L << bit) != 0;
    }

    /** The last zero-based row holding a needed cell. */
    public int lastRow() {
        return Grid.row(keys[keys.length - 1]);
    }
}
