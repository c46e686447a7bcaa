package nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A return's values behave as the unmodifiable map in form order they always were; its year reads as before. */
class ReturnTest {

    static final long SEED = Seeds.property(20251125L);

    @Test
    void valuesAreTheGivenMapInFormOrderWhateverOrderTheyCameIn() {
        for (int round = 0; round < 50; round++) {
            long seed = SEED + round;
            Random random = new Random(seed);
            List<Field> fields = new ArrayList<>(Form.fields());
            Collections.shuffle(fields, random);
            Map<String, BigDecimal> given = new HashMap<>();
            for (Field f : fields.subList(0, random.nextInt(Form.SIZE + 1))) {
                given.put(f.key(), BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3)));
            }
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            for (Field f : Form.fields()) {
                if (given.containsKey(f.key())) {
                    expected.put(f.key(), given.get(f.key()));
                }
            }

            Return r = of(given);

            assertThat(r.values()).as("seed %d", seed).isEqualTo(expected).hasSameHashCodeAs(expected)
                    .hasToString(expected.toString());
            assertThat(new ArrayList<>(r.values().keySet())).as("seed %d", seed).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(r.values().values())).as("seed %d", seed).isEqualTo(new ArrayList<>(expected.values()));
            for (Field f : Form.fields()) {
                assertThat(r.valueAt(f.index())).as("seed %d %s", seed, f.key()).isEqualTo(given.get(f.key()));
                assertThat(r.values().containsKey(f.key())).isEqualTo(given.containsKey(f.key()));
            }
            assertThat(of(r.values())).isEqualTo(r);
        }
    }

    @Test
    void keysOffTheFormAreAbsentAndCannotBeGiven() {
        Return r = of(Map.of(Form.fields().get(0).key(), BigDecimal.ONE));

        assertThat(r.values()).doesNotContainKey("disclosure.nonexistent").doesNotContainKey(null);
        assertThat(r.values().get(1)).isNull();
        assertThat(r.value("disclosure.nonexistent")).isEqualTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> of(Map.of("disclosure.nonexistent", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values hold keys that are not on the form: [disclosure.nonexistent]");
    }

    @Test
    void valuesCannotBeChanged() {
        Return r = of(Map.of(Form.fields().get(0).key(), BigDecimal.ONE, Form.fields().get(5).key(), BigDecimal.TEN));
        Map<String, BigDecimal> values = r.values();

        assertThatThrownBy(() -> values.put(Form.fields().get(1).key(), BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.remove(Form.fields().get(0).key())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.entrySet().iterator().next().setValue(BigDecimal.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(values).hasSize(2);
    }

    @ParameterizedTest(name = "「{0}」")
    @CsvSource(delimiter = '|', value = {
        "2024|2024", "2024年|2024", "２０２４年度|2024", "２0２4|2024", "二〇二四年|", "2024-2025|", "24|",
        "' 2024 '|2024", "'年度：2 0 2 4'|2024", "20245|", "''|"})
    void theYearIsItsFourDigitsHalfOrFullWidth(String stated, Integer year) {
        Map<MetaKey, String> meta = Map.of(MetaKey.YEAR, stated);
        Return r = new Return("a.xlsx", meta, Map.of(), Map.of(), List.of());

        assertThat(r.year()).isEqualTo(year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }

    private static Return of(Map<String, BigDecimal> values) {
        return new Return("a.xlsx", Map.of(), values, Map.of(), List.of());
    }
}
