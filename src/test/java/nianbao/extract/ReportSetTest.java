package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import org.junit.jupiter.api.Test;

/** A folder of published reports checked against each other: across one agency's years, across agencies. */
class ReportSetTest {

    private static final String CARRIED_OVER = Form.matrix(MatrixRow.CARRIED_OVER, Applicant.NATURAL_PERSON).key();
    private static final String CARRIED_FORWARD = Form.matrix(MatrixRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON).key();

    @Test
    void consecutiveYearsOfOneAgencyAreComparedAndEachFindingNamesTheYearBefore() {
        Return before = report("a-2023.txt", "湛河区信访局", 2023, 0L, Map.of(CARRIED_FORWARD, 3));
        Return after = report("a-2024.txt", "湛河区信访局", 2024, 0L, Map.of(CARRIED_OVER, 5));
        Return skipped = report("a-2026.txt", "湛河区信访局", 2026, 0L, Map.of());

        Map<String, List<Finding>> found = ReportSet.compare(List.of(after, before, skipped));

        assertThat(found.get("a-2024.txt")).filteredOn(f -> f.code() == Code.CARRY_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.comparedWith()).isEqualTo("a-2023.txt"))
                .satisfies(f -> assertThat(f.keys()).containsExactly(CARRIED_OVER, CARRIED_FORWARD));
        assertThat(found.get("a-2023.txt")).isEmpty();
        assertThat(found.get("a-2026.txt")).isEmpty();
    }

    @Test
    void aReportCopiedFromTheYearBeforeIsFlagged() {
        Return before = report("b-2023.txt", "湛河区教育局", 2023, 7L, Map.of());
        Return copy = new Return("b-2024.txt", meta("湛河区教育局", 2024), before.values(), Map.of(), List.of());

        List<Finding> found = ReportSet.compare(List.of(before, copy)).get("b-2024.txt");

        assertThat(found).filteredOn(f -> f.code() == Code.UNCHANGED_FROM_PREVIOUS).singleElement()
                .satisfies(f -> assertThat(f.comparedWith()).isEqualTo("b-2023.txt"));
    }

    @Test
    void aTableIdenticalToAnotherAgencysIsFlaggedOnBothNamingTheOther() {
        Return a = report("a.txt", "湛河区信访局", 2024, 11L, Map.of());
        Map<String, BigDecimal> copied = new LinkedHashMap<>(report("b.txt", "湛河区教育局", 2024, 12L, Map.of()).values());
        Form.fields().stream().filter(f -> f.key().startsWith("application.")).forEach(f -> copied.put(f.key(), a.values().get(f.key())));
        Return b = new Return("b.txt", meta("湛河区教育局", 2024), copied, Map.of(), List.of());

        Map<String, List<Finding>> found = ReportSet.compare(List.of(a, b));

        assertThat(found.get("a.txt")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.IDENTICAL_TABLES);
            assertThat(f.comparedWith()).isEqualTo("b.txt");
            assertThat(f.message()).contains("第三部分", "湛河区教育局");
        });
        assertThat(found.get("b.txt")).singleElement().satisfies(f -> assertThat(f.comparedWith()).isEqualTo("a.txt"));
    }

    @Test
    void tablesThatTellLittleAreNotFlaggedNorTheSameAgencysTwoFiles() {
        Return zeros = report("z1.txt", "甲单位", 2024, 0L, Map.of());
        Return otherZeros = report("z2.txt", "乙单位", 2024, 0L, Map.of());
        Return text = report("c.txt", "丙单位", 2024, 5L, Map.of());
        Return pdf = new Return("c.pdf", text.meta(), text.values(), Map.of(), List.of());

        Map<String, List<Finding>> found = ReportSet.compare(List.of(zeros, otherZeros, text, pdf));

        assertThat(found.values()).allMatch(List::isEmpty);
    }

    /** A report with random numbers (all 0 for seed 0), the given ones set. */
    private static Return report(String source, String agency, int year, long seed, Map<String, Integer> given) {
        Map<String, BigDecimal> values = new LinkedHashMap<>(seed == 0 ? zeros() : RandomReturns.of(seed).values());
        given.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
        return new Return(source, meta(agency, year), values, Map.of(), List.of());
    }

    private static Map<String, BigDecimal> zeros() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Form.fields().forEach(f -> values.put(f.key(), BigDecimal.ZERO));
        return values;
    }

    private static Map<MetaKey, String> meta(String agency, int year) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        return meta;
    }
}
