package nianbao.testing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.ValueType;
import nianbao.testing.Seeds;

/** Seeded random values for every key of the form, totals consistent with their inputs. */
public final class FixtureValues {

    private FixtureValues() {
    }

    public static Map<String, BigDecimal> random(long seed) {
        Seeds.note("FixtureValues", seed);
        Random random = new Random(seed);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                values.put(f.key(), f.type() == ValueType.AMOUNT
                        ? new BigDecimal(random.nextInt(100_000)).movePointLeft(4)
                        : BigDecimal.valueOf(random.nextInt(50)));
            }
        }
        return Form.withTotals(values);
    }
}
