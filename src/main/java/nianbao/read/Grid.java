package nianbao.read;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import nianbao.model.CellAddress;

/**
 * The stored cells of one sheet, in the order first stored (row-major in a well-formed part), addressed
 * by zero-based row and column: in arrays, found through an open-addressing table of their
 * {@link #key}s, so that storing a cell boxes nothing.
 */
public final class Grid {

    private final String name;
    private long[] keys = new long[256];
    private RawCell[] cells = new RawCell[256];
    private int size;
    /** Index + 1 of the cell whose key hashes to each slot, 0 for none; at most half full. */
    private int[] slots = new int[512];

    public Grid(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Stores a cell; one stored again at the same place keeps its first place in the order. */
    public void put(int row, int column, RawCell cell) {
        long key = key(row, column);
        int slot = slot(key);
        if (slots[slot] != 0) {
            cells[slots[slot] - 1] = cell;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        keys[size] = key;
        cells[size] = cell;
        size++;
        slots[slot] = size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    /** The cell at a position, {@link RawCell#EMPTY} when nothing is stored there. */
    public RawCell at(int row, int column) {
        int index = slots[slot(key(row, column))];
        return index == 0 ? RawCell.EMPTY : cells[index - 1];
    }

    /** How many cells are stored. */
    public int count() {
        return size;
    }

    /** The {@link #key} of the i-th cell stored. */
    public long keyAt(int i) {
        return keys[i];
    }

    /** The i-th cell stored. */
    public RawCell cellAt(int i) {
        return cells[i];
    }

    /** Every stored cell keyed by {@link #key}, in the order stored: a read-only view. */
    public Map<Long, RawCell> cells() {
        return new Cells();
    }

    public CellAddress address(int row, int column) {
        return new CellAddress(name, row, column);
    }

    public static long key(int row, int column) {
        return ((long) row << 14) | column;
    }

    public static int row(long key) {
        return (int) (key >>> 14);
    }

    public static int column(long key) {
        return (int) (key & 0x3FFF);
    }

    /** The slot holding this key, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = slots.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (slots[slot] != 0 && keys[slots[slot] - 1] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int i = 0; i < size; i++) {
            slots[slot(keys[i])] = i + 1;
        }
    }

    /** The read-only map view of {@link #cells()}. */
    private final class Cells extends AbstractMap<Long, RawCell> {

        @Override
        public RawCell get(Object key) {
            return key instanceof Long k && containsKey(k) ? cells[slots[slot(k)] - 1] : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Long k && slots[slot(k)] != 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<Long, RawCell>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Long, RawCell>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<Long, RawCell> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            next++;
                            return Map.entry(keys[next - 1], cells[next - 1]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
