package nianbao.extract;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.form.ValueType;
import nianbao.model.Return;

/** Returns with random values for every key, for round trips; the seed is printed by the caller. */
public final class RandomReturns {

    private RandomReturns() {
    }

    /** Every key random: counts 0..99999, the fee with up to six decimals. */
    public static Return of(long seed) {
        Random random = new Random(seed);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            values.put(f.key(), f.type() == ValueType.AMOUNT
                    ? BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(7))
                    : BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 10 : 100_000)));
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, "随机县人民政府办公室");
        meta.put(MetaKey.YEAR, String.valueOf(2021 + random.nextInt(5)));
        return new Return("random-" + seed, meta, values, Map.of(), List.of());
    }
}
