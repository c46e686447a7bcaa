package nianbao.verify;

import java.math.BigDecimal;
import java.util.List;
import nianbao.form.Field;
import nianbao.model.Return;

/** Sums and prints the values of a return as the messages show them. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal sum(Return r, List<Field> fields) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Field f : fields) {
            sum = sum.add(r.value(f));
        }
        return sum;
    }

    /** A number as a clerk writes it: no exponent, no trailing zeros after the point. */
    static String text(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
