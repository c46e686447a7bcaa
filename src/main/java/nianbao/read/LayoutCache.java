package nianbao.read;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What the files of one template share, worked out from the first file and remembered for the next: the
 * workbook part and its relationships as parsed, the layout a set of defined names gives, label layouts
 * and their plans, parsed formulas and folded label texts. Each entry is found by a key record of its
 * kind ({@link Key}), whose type says what the entry holds.
 *
 * <p><b>Bound and eviction:</b> at most {@code capacity} entries (default {@value #DEFAULT_CAPACITY});
 * when it is full it is emptied before the next entry goes in (clear when full), and the next files of a
 * template work their entries out again. A part is remembered only when stored in at most
 * {@value #MAX_PART_BYTES} bytes, so a process that reads unrelated files for weeks holds at most that
 * many entries, none larger than such a part and what it says.
 *
 * <p>Thread-safe: a run reading on several threads may share one cache; two threads may work out the
 * same entry at once, and either is kept (the two are equal).
 */
public final class LayoutCache {

    /** The entries a cache holds when no other bound is given. */
    public static final int DEFAULT_CAPACITY = 4096;
    /** The largest stored (compressed) part whose parse is remembered, in bytes. */
    public static final int MAX_PART_BYTES = 64 << 10;

    private final int capacity;
    private final ConcurrentHashMap<Key<?>, Object> entries = new ConcurrentHashMap<>();

    /** A cache of {@value #DEFAULT_CAPACITY} entries. */
    public LayoutCache() {
        this(DEFAULT_CAPACITY);
    }

    /** A cache of at most {@code capacity} entries (at least 1). */
    public LayoutCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * The key of one entry: a record of the entry's kind, equal for files that share the entry. Keys write
     * out {@code equals} and {@code hashCode}: a record's own go through {@code invokedynamic}, which C1, the
     * compiler of a short run, calls through method handles on every lookup.
     */
    public interface Key<V> {
    }

    /** The entry remembered under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <V> V get(Key<V> key) {
        return (V) entries.get(key);
    }

    /** Remembers {@code value} (not null) under {@code key}, emptying the cache first when it is full; returns {@code value}. */
    public <V> V put(Key<V> key, V value) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, value);
        return value;
    }

    /** How many entries the cache holds now. */
    public int size() {
        return entries.size();
    }
}
