package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sums in long arithmetic equal plain BigDecimal addition from zero, scale and all. */
class FormSumsTest {

    static final long SEED = Seeds.property(20251125L);

    /** Kinds of values a return may hold, as a table of makers. */
    private static final List<java.util.function.Function<Random, BigDecimal>> KINDS = List.of(
            r -> BigDecimal.valueOf(r.nextInt(50)),
            r -> BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(5)),
            r -> BigDecimal.valueOf(r.nextLong()),
            r -> BigDecimal.valueOf(Long.MAX_VALUE - r.nextInt(10)),
            r -> BigDecimal.valueOf(-r.nextInt(50)),
            r -> new BigDecimal("1E+" + r.nextInt(25)),
            r -> new BigDecimal(r.nextInt(10) + "00000000000000000000"),
            r -> BigDecimal.valueOf(r.nextInt(30)).setScale(1));

    @ParameterizedTest(name = "kinds up to {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void sumsEqualBigDecimalAddition(int kinds) throws Exception {
        long seed = Seeds.take("FormSumsTest", SEED + kinds);
        Random random = new Random(seed);
        FormSums sums = new FormSums();
        BigDecimal[] expected = new BigDecimal[Form.SIZE];
        Arrays.fill(expected, BigDecimal.ZERO);
        int files = 300;
        try (Spill spill = new Spill()) {
            for (int file = 0; file < files; file++) {
                Map<String, BigDecimal> values = new HashMap<>();
                for (Field f : Form.fields()) {
                    if (random.nextInt(5) > 0) {
                        BigDecimal v = KINDS.get(random.nextInt(kinds)).apply(random);
                        values.put(f.key(), v);
                        expected[f.index()] = expected[f.index()].add(v);
                    }
                }
                spill.append(new Return("f.xlsx", Map.of(), values, Map.of(), List.of()), List.of());
            }
            try (Spill.Reader reader = spill.reader()) {
                for (int file = 0; file < files; file++) {
                    sums.add(reader.next());
                }
            }
        }
        List<String> actual = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < Form.SIZE; i++) {
            actual.add(sums.total(i).toString());
            wanted.add(expected[i].toString());
        }
        assertThat(actual).as("seed %d", seed).isEqualTo(wanted);
    }
}
