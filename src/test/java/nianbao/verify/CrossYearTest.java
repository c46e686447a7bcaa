package nianbao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Applicant;
import nianbao.form.DisclosureItem;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrossYearTest {

    static final long SEED = Seeds.property(2023_2024L);

    @ParameterizedTest
    @EnumSource(Applicant.class)
    void reportsACarryMismatchPerColumn(Applicant col) {
        Map<String, BigDecimal> last = values(1);
        Map<String, BigDecimal> now = values(2);
        String over = Form.matrix(MatrixRow.CARRIED_OVER, col).key();
        String forward = Form.matrix(MatrixRow.CARRIED_FORWARD, col).key();
        alignCarries(now, last);
        now.put(over, last.get(forward).add(BigDecimal.valueOf(2)));

        List<Finding> findings = CrossYear.compare(ret(2024, now), ret(2023, last));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.CARRY_MISMATCH);
            assertThat(f.keys()).containsExactly(over, forward);
            assertThat(f.cell()).isEqualTo(BalancedReturns.cell(over));
            assertThat(f.expected()).isEqualTo(last.get(forward).toPlainString());
            assertThat(f.actual()).isEqualTo(now.get(over).toPlainString());
            assertThat(f.message()).startsWith("第三部分「二、上年结转政府信息公开申请数量」行「" + col.label() + "」列：填报 ")
                    .contains("上年（2023 年）报表「四、结转下年度继续办理」为 ").endsWith("相差 2。");
        });
    }

    @Test
    void rollsTheDocumentsInForce() {
        Map<String, BigDecimal> last = values(3);
        Map<String, BigDecimal> now = values(4);
        alignCarries(now, last);
        put(last, "disclosure.rules.in_force", 8);
        put(now, "disclosure.rules.issued", 3);
        put(now, "disclosure.rules.repealed", 1);
        put(now, "disclosure.rules.in_force", 11);
        put(last, "disclosure.normative_docs.in_force", 20);
        put(now, "disclosure.normative_docs.issued", 2);
        put(now, "disclosure.normative_docs.repealed", 0);
        put(now, "disclosure.normative_docs.in_force", 22);

        List<Finding> findings = CrossYear.compare(ret(2024, now), ret(2023, last));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.IN_FORCE_ROLL);
            assertThat(f.keys()).containsExactly("disclosure.rules.in_force", "disclosure.rules.issued", "disclosure.rules.repealed");
            assertThat(f.expected()).isEqualTo("10");
            assertThat(f.actual()).isEqualTo("11");
            assertThat(f.message()).isEqualTo("第二部分「规章」行「现行有效件数」：填报 11，但上年（2023 年）现行有效件数 8"
                    + " + 本年制发件数 3 − 本年废止件数 1 = 10，相差 1。");
        });
        assertThat(DisclosureItem.values()).filteredOn(i -> i.columnKeys().contains("in_force"))
                .containsExactly(DisclosureItem.RULES, DisclosureItem.NORMATIVE_DOCS);
    }

    @Test
    void flagsAReturnCopiedFromLastYear() {
        Map<String, BigDecimal> last = values(5);
        alignCarries(last, last);

        List<Finding> findings = CrossYear.compare(ret(2024, last), ret(2023, last));

        assertThat(findings).extracting(Finding::code).containsExactly(Code.UNCHANGED_FROM_PREVIOUS);
        assertThat(findings.get(0).message()).startsWith("全部 200 个数字与上年（2023 年）报表");
    }

    @Test
    void twoAllZeroYearsAreNotACopy() {
        Map<String, BigDecimal> zeros = Form.withTotals(VerifierTest.zeros());

        assertThat(CrossYear.compare(ret(2024, zeros), ret(2023, zeros))).isEmpty();
    }

    @Test
    void aKeyNotReadInEitherYearIsNotCompared() {
        Map<String, BigDecimal> last = values(6);
        Map<String, BigDecimal> now = values(7);
        alignCarries(now, last);
        now.put("application.carried_over.business", BigDecimal.valueOf(99));
        last.remove("application.carried_forward.business");

        assertThat(CrossYear.compare(ret(2024, now), ret(2023, last))).isEmpty();
    }

    @Test
    void matchesByCreditCodeThenByName() {
        Return lastA = ret("湛河区教育局", "11410411MB1234567X", 2023);
        Return lastB = ret("湛河区 公安分局", "", 2023);
        Return lastC = ret("湛河区民政局", "11410411MB7654321Y", 2023);
        PreviousReturns previous = PreviousReturns.of(List.of(lastA, lastB, lastC));

        assertThat(previous.find(ret("平顶山市湛河区教育局", "11410411mb1234567x", 2024))).containsSame(lastA);
        assertThat(previous.find(ret("湛河区公安分局", "11410411MB0000000Z", 2024))).containsSame(lastB);
        assertThat(previous.find(ret("湛河区民政局", "11410411MB0000001Z", 2024))).isEmpty();
        assertThat(previous.find(ret("湛河区民政局", "", 2024))).containsSame(lastC);
        assertThat(previous.find(ret("湛河区财政局", "", 2024))).isEmpty();
        assertThat(PreviousReturns.NONE.find(lastA)).isEmpty();
    }

    private static Map<String, BigDecimal> values(int salt) {
        long seed = Seeds.take("CrossYearTest", SEED + salt);
        Map<String, BigDecimal> v = new LinkedHashMap<>(BalancedReturns.values(new Random(seed)));
        for (DisclosureItem item : List.of(DisclosureItem.RULES, DisclosureItem.NORMATIVE_DOCS)) {
            put(v, "disclosure." + item.key() + ".issued", 0);
            put(v, "disclosure." + item.key() + ".repealed", 0);
            put(v, "disclosure." + item.key() + ".in_force", 5);
        }
        return v;
    }

    /** Makes this year's 上年结转 equal last year's 结转下年度, keeping this year balanced. */
    private static void alignCarries(Map<String, BigDecimal> now, Map<String, BigDecimal> last) {
        for (Applicant col : Applicant.inputs()) {
            String over = Form.matrix(MatrixRow.CARRIED_OVER, col).key();
            String newKey = Form.matrix(MatrixRow.NEW, col).key();
            BigDecimal carried = last.get(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key());
            now.put(newKey, now.get(newKey).add(now.get(over)).subtract(carried));
            now.put(over, carried);
        }
        Form.fields().stream().filter(f -> f.isFormula()).forEach(f -> now.remove(f.key()));
        now.putAll(Form.withTotals(now));
    }

    private static void put(Map<String, BigDecimal> values, String key, int value) {
        values.put(key, BigDecimal.valueOf(value));
    }

    private static Return ret(int year, Map<String, BigDecimal> values) {
        return BalancedReturns.of("湛河区教育局", year, values);
    }

    private static Return ret(String agency, String code, int year) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.CREDIT_CODE, code);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        return new Return(agency + ".xlsx", meta, Map.of(), Map.of(), List.of());
    }
}
