package nianbao.consolidate;

import java.math.BigDecimal;
import nianbao.form.Form;

/**
 * The running sums of the form's 200 cells over many returns: whole values added in a long, any other
 * value (a fraction, a huge number) exactly in a {@link BigDecimal}; the totals equal plain
 * {@code BigDecimal} addition from zero, scale included.
 */
final class FormSums {

    /** Whole values of fewer digits are added in the long. */
    private static final int LONG_DIGITS = 18;

    private final long[] whole = new long[Form.SIZE];
    private final BigDecimal[] exact = new BigDecimal[Form.SIZE];

    /** The bound of the whole values of at most {@link #LONG_DIGITS} digits. */
    private static final long LONG_BOUND = 1_000_000_000_000_000_000L;

    /** Adds one return's values as spilled: whole compact values straight from their longs. */
    void add(Spill.Entry values) {
        for (int i = 0; i < whole.length; i++) {
            if (values.isCompact(i) && values.scale(i) == 0 && isWhole(values.unscaled(i))) {
                addWhole(i, values.unscaled(i));
            } else if (!values.isAbsent(i)) {
                add(i, values.value(i));
            }
        }
    }

    private static boolean isWhole(long unscaled) {
        return unscaled > -LONG_BOUND && unscaled < LONG_BOUND;
    }

    private void add(int i, BigDecimal v) {
        if (v.scale() != 0 || v.precision() > LONG_DIGITS) {
            exact[i] = exact[i] == null ? v : exact[i].add(v);
        } else {
            addWhole(i, v.longValue());
        }
    }

    private void addWhole(int i, long x) {
        long sum = whole[i] + x;
        if (((whole[i] ^ sum) & (x ^ sum)) < 0) {
            exact[i] = total(i);
            sum = x;
        }
        whole[i] = sum;
    }

    /** The sum of the cell at this form index; zero when no return had it. */
    BigDecimal total(int i) {
        BigDecimal w = BigDecimal.valueOf(whole[i]);
        return exact[i] == null ? w : exact[i].add(w);
    }
}
