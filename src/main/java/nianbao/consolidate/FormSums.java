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

    /** Adds one return's values, indexed like {@link Form#fields()}, null where absent. */
    void add(BigDecimal[] values) {
        for (int i = 0; i < whole.length; i++) {
            BigDecimal v = values[i];
            if (v != null) {
                add(i, v);
            }
        }
    }

    private void add(int i, BigDecimal v) {
        if (v.scale() != 0 || v.precision() > LONG_DIGITS) {
            exact[i] = exact[i] == null ? v : exact[i].add(v);
            return;
        }
        long x = v.longValue();
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
