package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;

class SpillTest {

    @Test
    void readsBackExactlyWhatWasWritten() throws Exception {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<String> keys = Form.fields().stream().map(f -> f.key()).toList();
        values.put(keys.get(0), new BigDecimal("0.012300"));
        values.put(keys.get(1), new BigDecimal("-5"));
        values.put(keys.get(2), new BigDecimal("123456789012345678901234567890"));
        values.put(keys.get(3), new BigDecimal("1E+3"));
        values.put(keys.get(4), BigDecimal.valueOf(Long.MAX_VALUE));
        values.put(keys.get(5), new BigDecimal("0.1").scaleByPowerOfTen(-200));
        List<Finding> findings = List.of(
                new Finding(Code.BALANCE, List.of("a", "b"), new CellAddress("年报数据", 23, 9), "12", "11", "勾稽关系不平衡"),
                new Finding(Code.DUPLICATE_RETURN, List.of(), null, "", "", "重复"));
        try (Spill spill = new Spill()) {
            Spill.Entry appended = spill.append(returnOf(values), findings);
            Spill.Entry appendedEmpty = spill.append(null, List.of());

            try (Spill.Reader reader = spill.reader()) {
                Spill.Entry first = reader.next();
                for (int i = 0; i < keys.size(); i++) {
                    assertThat(first.values()[i]).as(keys.get(i)).isEqualTo(values.get(keys.get(i)));
                }
                assertThat(first.findings()).isEqualTo(findings);
                assertThat(appended.values()).as("the entry append returns").containsExactly(first.values());
                assertThat(appended.findings()).as("the entry append returns").isEqualTo(findings);
                assertThat(reader.next().values()).containsOnlyNulls();
                assertThat(appendedEmpty.values()).containsOnlyNulls();
                assertThat(appendedEmpty.findings()).isEmpty();
            }
            assertThat(spill.size()).isEqualTo(2);
        }
    }

    /** Many entries, findings longer than the reader's buffer: read back through every refill, values and accessors agreeing. */
    @Test
    void readsBackManyEntriesAcrossBufferBoundaries() throws Exception {
        long seed = Seeds.take("SpillTest", 7_331L);
        Random rnd = new Random(seed);
        List<String> keys = Form.fields().stream().map(f -> f.key()).toList();
        List<Map<String, BigDecimal>> written = new ArrayList<>();
        List<List<Finding>> findings = new ArrayList<>();
        try (Spill spill = new Spill()) {
            for (int n = 0; n < 300; n++) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (String key : keys) {
                    int kind = rnd.nextInt(4);
                    if (kind == 1) {
                        values.put(key, BigDecimal.valueOf(rnd.nextLong() >> rnd.nextInt(64), rnd.nextInt(5)));
                    } else if (kind == 2) {
                        values.put(key, new BigDecimal(rnd.nextInt(9) + "1234567890123456789012345.5"));
                    }
                }
                String message = "说明".repeat(rnd.nextInt(3) == 0 ? 40_000 : 3);
                List<Finding> some = List.of(new Finding(Code.BALANCE, List.of(keys.get(n % keys.size())),
                        new CellAddress("年报数据", n, n % 20), "" + n, "", message));
                spill.append(returnOf(values), n % 7 == 0 ? List.of() : some);
                written.add(values);
                findings.add(n % 7 == 0 ? List.of() : some);
            }
            try (Spill.Reader reader = spill.reader()) {
                for (int n = 0; n < written.size(); n++) {
                    Spill.Entry e = reader.next();
                    for (int i = 0; i < keys.size(); i++) {
                        BigDecimal expected = written.get(n).get(keys.get(i));
                        assertThat(e.value(i)).as(n + " " + keys.get(i)).isEqualTo(expected);
                        assertThat(e.isAbsent(i)).isEqualTo(expected == null);
                        if (e.isCompact(i)) {
                            assertThat(BigDecimal.valueOf(e.unscaled(i), e.scale(i))).isEqualTo(expected);
                        }
                    }
                    assertThat(e.values()).containsExactly(keys.stream().map(written.get(n)::get).toArray(BigDecimal[]::new));
                    assertThat(e.findings()).as("entry " + n).isEqualTo(findings.get(n));
                }
            }
        }
    }

    private static Return returnOf(Map<String, BigDecimal> values) {
        return new Return("spilled.xlsx", Map.of(), values, Map.of(), List.of());
    }
}
