package nianbao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;
import nianbao.form.MatrixRow;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifierTest {

    static final long SEED = Seeds.property(20240131L);

    static Stream<Arguments> identities() {
        return IntStream.range(0, Form.identities().size())
                .mapToObj(i -> Arguments.of(i, Form.identities().get(i).kind(), Form.identities().get(i).scope()));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("identities")
    void aBalancedReturnPassesEveryIdentity(int index, IdentityKind kind, String scope) {
        long seed = Seeds.take("VerifierTest", SEED + index);
        Return r = BalancedReturns.of("湛河区教育局", 2024, BalancedReturns.values(new Random(seed)));

        assertThat(Verifier.verify(r)).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("identities")
    void breakingTheAnchorYieldsThatIdentitysFinding(int index, IdentityKind kind, String scope) {
        Identity identity = Form.identities().get(index);
        Field anchor = identity.anchor();
        long seed = Seeds.take("VerifierTest", SEED + 100 + index);
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(seed));
        BigDecimal right = values.get(anchor.key());
        int delta = 1 + new Random(seed).nextInt(5);

        List<Finding> findings = Verifier.verify(withChange(values, anchor, delta));

        assertThat(findingsOf(findings, identity)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.of(kind));
            assertThat(f.keys()).first().isEqualTo(anchor.key());
            assertThat(f.keys()).containsExactlyInAnyOrderElementsOf(keys(identity));
            assertThat(f.cell()).isEqualTo(BalancedReturns.cell(anchor.key()));
            assertThat(f.expected()).isEqualTo(right.toPlainString());
            assertThat(f.actual()).isEqualTo(right.add(BigDecimal.valueOf(delta)).toPlainString());
            assertThat(f.message()).startsWith("第" + anchor.section().numeral() + "部分").endsWith("相差 " + delta + "。");
        });
        assertThat(findings).allSatisfy(f -> assertThat(f.keys()).as(f.message()).contains(anchor.key()));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("identities")
    void breakingAnOperandPointsAtTheAnchorWithWhatItShouldHold(int index, IdentityKind kind, String scope) {
        Identity identity = Form.identities().get(index);
        Field anchor = identity.anchor();
        Field operand = identity.left().get(0).equals(anchor) ? identity.right().get(0) : identity.left().get(0);
        long seed = Seeds.take("VerifierTest", SEED + 200 + index);
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(seed));
        BigDecimal anchorValue = values.get(anchor.key());
        boolean sameSide = identity.left().contains(anchor) == identity.left().contains(operand);

        List<Finding> findings = Verifier.verify(withChange(values, operand, 2));

        assertThat(findingsOf(findings, identity)).singleElement().satisfies(f -> {
            assertThat(f.cell()).isEqualTo(BalancedReturns.cell(anchor.key()));
            assertThat(f.expected()).isEqualTo(anchorValue.add(BigDecimal.valueOf(sameSide ? -2 : 2)).toPlainString());
            assertThat(f.actual()).isEqualTo(anchorValue.toPlainString());
            assertThat(f.message()).endsWith("相差 2。");
        });
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("identities")
    void anIdentityWithAnUnreadKeyIsLeftToTheMissingCellFinding(int index, IdentityKind kind, String scope) {
        Identity identity = Form.identities().get(index);
        long seed = Seeds.take("VerifierTest", SEED + 300 + index);
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(seed));
        values.put(identity.anchor().key(), values.get(identity.anchor().key()).add(BigDecimal.ONE));
        values.remove(identity.right().get(identity.right().size() - 1).key());

        List<Finding> findings = Verifier.verify(BalancedReturns.of("湛河区教育局", 2024, values));

        assertThat(findingsOf(findings, identity)).isEmpty();
    }

    @Test
    void phrasesEachKindInTheFormsOwnWords() {
        Map<String, BigDecimal> values = Form.withTotals(zeros());
        set(values, MatrixRow.NEW, Applicant.NATURAL_PERSON, 12);
        set(values, MatrixRow.NEW, Applicant.BUSINESS, 0);
        set(values, MatrixRow.NEW, Applicant.TOTAL, 11);
        set(values, MatrixRow.CARRIED_OVER, Applicant.NATURAL_PERSON, 3);
        set(values, MatrixRow.CARRIED_OVER, Applicant.TOTAL, 3);
        set(values, MatrixRow.GRANTED, Applicant.NATURAL_PERSON, 11);
        set(values, MatrixRow.GRANTED, Applicant.TOTAL, 11);
        set(values, MatrixRow.TOTAL, Applicant.NATURAL_PERSON, 11);
        set(values, MatrixRow.TOTAL, Applicant.TOTAL, 11);
        set(values, MatrixRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON, 3);
        set(values, MatrixRow.CARRIED_FORWARD, Applicant.TOTAL, 3);
        values.put(Form.review(ReviewGroup.REVIEW, ReviewOutcome.UPHELD).key(), BigDecimal.valueOf(4));
        values.put(Form.review(ReviewGroup.REVIEW, ReviewOutcome.TOTAL).key(), BigDecimal.valueOf(5));
        values.put(Form.matrix(MatrixRow.WITHHELD_STATE_SECRET, Applicant.RESEARCH).key(), BigDecimal.ONE);

        List<String> messages = Verifier.verify(BalancedReturns.of("湛河区教育局", 2024, values)).stream()
                .map(Finding::message).toList();

        assertThat(messages).containsExactlyInAnyOrder(
                "第三部分「一、本年新收政府信息公开申请数量」行：总计为 11，但六类申请人之和为 12，相差 1。",
                "第三部分「自然人」列：一(12)+二(3)=15，但（七）总计(11)+四(3)=14，相差 1。",
                "第三部分「三、本年度办理结果 (三) 不予公开 1.属于国家秘密」行：总计为 0，但六类申请人之和为 1，相差 1。",
                "第三部分「科研机构」列：（七）总计为 0，但 21 项办理结果之和为 1，相差 1。",
                "第四部分「行政复议」：总计为 5，但结果维持、结果纠正、其他结果、尚未审结之和为 4，相差 1。");
    }

    @Test
    void keepsTheReadingFindingsAndSortsErrorsFirst() {
        Map<String, BigDecimal> values = Form.withTotals(zeros());
        values.put(Form.review(ReviewGroup.REVIEW, ReviewOutcome.TOTAL).key(), BigDecimal.ONE);
        String blankKey = Form.review(ReviewGroup.REVIEW, ReviewOutcome.UPHELD).key();
        Finding blank = new Finding(Code.BLANK, List.of(blankKey), BalancedReturns.cell(blankKey), "", "", "空白");
        Return plain = BalancedReturns.of("湛河区教育局", 2024, values);
        Return r = new Return(plain.source(), plain.meta(), plain.values(), plain.cells(), List.of(blank));

        assertThat(Verifier.verify(r)).extracting(Finding::code).containsExactly(Code.REVIEW_TOTAL, Code.BLANK);
    }

    @Test
    void comparesAmountsExactlyWhateverTheirScale() {
        Map<String, BigDecimal> values = Form.withTotals(zeros());
        values.put(Form.review(ReviewGroup.REVIEW, ReviewOutcome.UPHELD).key(), new BigDecimal("2.00"));
        values.put(Form.review(ReviewGroup.REVIEW, ReviewOutcome.TOTAL).key(), new BigDecimal("2"));

        assertThat(Verifier.verify(BalancedReturns.of("湛河区教育局", 2024, values))).isEmpty();
    }

    static Map<String, BigDecimal> zeros() {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> v.put(f.key(), BigDecimal.ZERO));
        return v;
    }

    private static void set(Map<String, BigDecimal> values, MatrixRow row, Applicant col, int value) {
        values.put(Form.matrix(row, col).key(), BigDecimal.valueOf(value));
    }

    private static Return withChange(Map<String, BigDecimal> values, Field field, int delta) {
        Map<String, BigDecimal> changed = new LinkedHashMap<>(values);
        changed.put(field.key(), changed.get(field.key()).add(BigDecimal.valueOf(delta)));
        return BalancedReturns.of("湛河区教育局", 2024, changed);
    }

    private static List<Finding> findingsOf(List<Finding> findings, Identity identity) {
        return findings.stream()
                .filter(f -> f.code() == Code.of(identity.kind()) && f.keys().get(0).equals(identity.anchor().key()))
                .toList();
    }

    private static List<String> keys(Identity identity) {
        List<String> keys = new ArrayList<>();
        identity.left().forEach(f -> keys.add(f.key()));
        identity.right().forEach(f -> keys.add(f.key()));
        return keys;
    }
}
