package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
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
            spill.append(values, findings);
            spill.append(Map.of(), List.of());

            try (Spill.Reader reader = spill.reader()) {
                Spill.Entry first = reader.next();
                for (int i = 0; i < keys.size(); i++) {
                    assertThat(first.values()[i]).as(keys.get(i)).isEqualTo(values.get(keys.get(i)));
                }
                assertThat(first.findings()).isEqualTo(findings);
                assertThat(reader.next().values()).containsOnlyNulls();
            }
            assertThat(spill.size()).isEqualTo(2);
        }
    }
}
