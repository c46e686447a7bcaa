package nianbao.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormTest {

    static final Path SPEC = Path.of("../shared/spec/form.md");
    static final Path SEED_EXPECTED = Path.of("../shared/samples/seed-report.expected.json");

    @Test
    void hasTwoHundredUniqueKeysInPrintedOrder() {
        List<String> keys = Form.fields().stream().map(Field::key).toList();
        assertThat(keys).hasSize(200).doesNotHaveDuplicates();
        assertThat(keys.get(0)).isEqualTo("disclosure.rules.issued");
        assertThat(keys.get(10)).isEqualTo("application.new.natural_person");
        assertThat(keys.get(199)).isEqualTo("litigation_after_review.total");
        for (int i = 0; i < keys.size(); i++) {
            assertThat(Form.fields().get(i).index()).as(keys.get(i)).isEqualTo(i);
        }
    }

    @Test
    void countsSectionsAndRolesAsTheSpecDoes() {
        assertThat(Form.fields()).filteredOn(f -> f.section() == Section.DISCLOSURE).hasSize(10);
        assertThat(Form.fields()).filteredOn(f -> f.section() == Section.APPLICATION).hasSize(175);
        assertThat(Form.fields()).filteredOn(f -> f.section() == Section.REVIEW).hasSize(15);
        assertThat(Form.fields()).filteredOn(Field::isFormula).hasSize(25 + 6 + 3);
        assertThat(Form.fields()).filteredOn(f -> f.type() == ValueType.AMOUNT)
                .extracting(Field::key).containsExactly("disclosure.fees.amount");
        assertThat(MatrixRow.results()).hasSize(21);
    }

    @Test
    void hasTheFortyTwoIdentitiesOfTheSpec() {
        assertThat(Form.identities()).hasSize(42);
        assertThat(Form.identities().stream().collect(Collectors.groupingBy(Identity::kind, Collectors.counting())))
                .containsEntry(IdentityKind.ROW_TOTAL, 25L)
                .containsEntry(IdentityKind.RESULTS_TOTAL, 7L)
                .containsEntry(IdentityKind.BALANCE, 7L)
                .containsEntry(IdentityKind.REVIEW_TOTAL, 3L);
    }

    @Test
    void everyFormulaSumsInputsOrRowTotals() {
        for (Field f : Form.fields()) {
            if (f.isFormula()) {
                assertThat(Form.formulaInputs(f)).as(f.key()).isNotEmpty().doesNotContain(f);
            }
        }
        assertThat(Form.formulaInputs(Form.matrix(MatrixRow.TOTAL, Applicant.TOTAL)))
                .hasSize(21).allMatch(f -> f.key().endsWith(".total"));
        assertThat(Form.formulaInputs(Form.field("review.total"))).extracting(Field::key)
                .containsExactly("review.upheld", "review.corrected", "review.other", "review.pending");
    }

    @Test
    void withTotalsComputesEveryFormulaFromTheInputsOnly() {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("application.granted.business", BigDecimal.valueOf(2));
        inputs.put("application.withheld.state_secret.business", BigDecimal.valueOf(3));
        inputs.put("application.granted.natural_person", BigDecimal.ONE);
        inputs.put("application.granted.total", BigDecimal.valueOf(99)); // a typed total is recomputed
        inputs.put("review.pending", BigDecimal.valueOf(4));

        Map<String, BigDecimal> all = Form.withTotals(inputs);

        assertThat(all).containsEntry("application.granted.total", BigDecimal.valueOf(3))
                .containsEntry("application.total.business", BigDecimal.valueOf(5))
                .containsEntry("application.total.total", BigDecimal.valueOf(6))
                .containsEntry("review.total", BigDecimal.valueOf(4))
                .containsEntry("litigation_direct.total", BigDecimal.ZERO)
                .doesNotContainKey("application.new.natural_person");
        assertThat(all).hasSize(inputs.size() - 1 + 34);
    }

    @Test
    void keysAreTheOnesTheSpecLists() throws IOException {
        assumeTrue(Files.isRegularFile(SPEC), "../shared/spec/form.md is absent (a fresh clone): skipped");
        String spec = Files.readString(SPEC);
        Set<String> specKeys = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`((?:disclosure|application|review|litigation_direct|litigation_after_review)\\.[a-z_.]+)`").matcher(spec);
        while (m.find()) {
            specKeys.add(m.group(1));
        }
        Set<String> ours = Form.fields().stream().map(Field::key).collect(Collectors.toSet());
        assertThat(ours).containsAll(specKeys.stream().filter(k -> !k.endsWith(".")).toList());
    }

    @Test
    void keysAreTheOnesTheSeedWasWrittenDownWith() throws IOException {
        assumeTrue(Files.isRegularFile(SEED_EXPECTED), "../shared/samples is absent (a fresh clone): skipped");
        String json = Files.readString(SEED_EXPECTED);
        Set<String> seedKeys = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\"((?:disclosure|application|review|litigation_direct|litigation_after_review)\\.[a-z_.]+)\"\\s*:").matcher(json);
        while (m.find()) {
            seedKeys.add(m.group(1));
        }
        assertThat(seedKeys).containsExactlyElementsOf(Form.fields().stream().map(Field::key).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            本年度止件数                        | 本年废止件数
            先行有效件数                        | 现行有效件数
            四、结转下一年度继续办理              | 四、结转下年度继续办理
            （三）不予公开                       | (三) 不予公开
            1、属于国家秘密                      | 1.属于国家秘密
            3.危及"三安全一稳定"                 | 3.危及“三安全一稳定”
            规范性文件                          | 行政规范性文件
            '本年新收政府信息\n公开申请数量'        | 本年新收政府信息公开申请数量
            第二十条第(一)项                     | 第二十条第（一）项
            """)
    void foldsPublishedVariantsToTheOfficialLabel(String variant, String official) {
        assertThat(Labels.normalize(variant.replace("\\n", "\n"))).isEqualTo(Labels.normalize(official));
    }
}
