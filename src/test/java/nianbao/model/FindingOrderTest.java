package nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Findings of the same severity, cell and code are ordered by their keys joined with commas. */
class FindingOrderTest {

    static final long SEED = Seeds.property(20251125L);
    private static final String ALPHABET = "ab,. !z_";

    @Test
    void keysCompareAsTheirCommaJoinedText() {
        long seed = Seeds.take("FindingOrderTest", SEED);
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            List<String> a = keys(random);
            List<String> b = random.nextInt(4) == 0 ? a : keys(random);
            int expected = Integer.signum(String.join(",", a).compareTo(String.join(",", b)));

            assertThat(Integer.signum(finding(a).compareTo(finding(b)))).as("%s vs %s, seed %d", a, b, seed).isEqualTo(expected);
        }
    }

    private static List<String> keys(Random random) {
        List<String> keys = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            StringBuilder key = new StringBuilder();
            for (int c = random.nextInt(4); c > 0; c--) {
                key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            keys.add(key.toString());
        }
        return keys;
    }

    private static Finding finding(List<String> keys) {
        return new Finding(Code.ROW_TOTAL, keys, null, "", "", "");
    }
}
