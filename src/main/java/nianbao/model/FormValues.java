package nianbao.model;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import nianbao.form.Form;

/**
 * The values of a return as an unmodifiable map in form order, held in an array indexed like
 * {@link Form#fields()}: built without hashing, read by index on the per-file paths.
 */
final class FormValues extends AbstractMap<String, BigDecimal> {

    private static final String[] KEYS = Form.fields().stream().map(f -> f.key()).toArray(String[]::new);

    private final BigDecimal[] values;
    private final int size;

    private FormValues(BigDecimal[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /** The given values in form order; throws when a key is not on the form or a value is null. */
    static FormValues of(Map<String, BigDecimal> given) {
        if (given instanceof FormValues same) {
            return same;
        }
        BigDecimal[] values = new BigDecimal[Form.SIZE];
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            int i = Form.indexOf(e.getKey());
            if (i < 0 || e.getValue() == null) {
                throw new IllegalArgumentException("values hold keys that are not on the form: " + given.keySet());
            }
            values[i] = e.getValue();
        }
        return new FormValues(values, given.size());
    }

    /** The value at a form index, or null when that key was not read. */
    BigDecimal at(int index) {
        return values[index];
    }

    @Override
    public BigDecimal get(Object key) {
        int i = key instanceof String s ? Form.indexOf(s) : -1;
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, BigDecimal>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The present values in form order. */
    private final class Entries implements Iterator<Map.Entry<String, BigDecimal>> {
        private int next = advance(0);

        private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
                i++;
            }
            return i;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public Map.Entry<String, BigDecimal> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map.Entry<String, BigDecimal> e = Map.entry(KEYS[next], values[next]);
            next = advance(next + 1);
            return e;
        }
    }
}
