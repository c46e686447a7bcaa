package nianbao.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.ValueType;

/** Random returns whose every identity holds, built from the form alone: the numbers of a synthetic unit. */
final class BalancedValues {

    private BalancedValues() {
    }

    /** Every input key: small counts (most of them zero, as in real returns), a fee in yuan and fen, balanced columns. */
    static Map<String, BigDecimal> inputs(Random random) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                v.put(f.key(), f.type() == ValueType.AMOUNT
                        ? BigDecimal.valueOf(random.nextInt(100_000), 2)
                        : BigDecimal.valueOf(random.nextInt(4) == 0 ? random.nextInt(30) : 0));
            }
        }
        for (Applicant col : Applicant.inputs()) {
            balance(v, col, random);
        }
        return v;
    }

    /** Chooses 上年结转 and 结转下年度 of a column so that its balance holds. */
    private static void balance(Map<String, BigDecimal> v, Applicant col, Random random) {
        int total = MatrixRow.results().stream().filter(r -> !r.isTotal())
                .mapToInt(r -> v.get(Form.matrix(r, col).key()).intValue()).sum();
        int forward = random.nextInt(4);
        int over = random.nextInt(Math.min(3, total + forward) + 1);
        v.put(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key(), BigDecimal.valueOf(forward));
        v.put(Form.matrix(MatrixRow.CARRIED_OVER, col).key(), BigDecimal.valueOf(over));
        v.put(Form.matrix(MatrixRow.NEW, col).key(), BigDecimal.valueOf(total + forward - over));
    }

}
