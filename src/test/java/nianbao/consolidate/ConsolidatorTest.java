package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsolidatorTest {

    private final Spill spill = newSpill();

    @AfterEach
    void close() throws IOException {
        spill.close();
    }

    @Test
    void sumsEqualAnIndependentSumOfTheValidReturnsKeyByKey() throws IOException {
        long seed = Seeds.take("ConsolidatorTest", new Random().nextLong());
        Random rnd = new Random(seed);
        Consolidator c = new Consolidator(Consolidator.Options.defaults(), spill);
        Map<String, BigDecimal> expected = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String file = "returns/" + i + ".xlsx";
            files.add(file);
            Map<String, BigDecimal> values = SampleReturns.values(rnd);
            int kind = rnd.nextInt(5);
            if (kind == 0) {
                c.accept(FileResult.unreadable(file, "不是 Excel 文件"), FileFacts.UNKNOWN);
            } else if (kind == 1) {
                c.accept(SampleReturns.invalid(SampleReturns.of(file, "单位" + i, "", 2024, "", values)), SampleReturns.facts(i));
            } else {
                c.accept(SampleReturns.ok(SampleReturns.of(file, "单位" + i, "", 2024, "", values)), SampleReturns.facts(i));
                values.forEach((k, v) -> expected.merge(k, v, BigDecimal::add));
            }
        }

        Consolidation result = c.finish();

        for (Field f : Form.fields()) {
            assertThat(result.totals().get(f.key())).as(f.key() + " (seed " + seed + ")")
                    .isEqualByComparingTo(expected.getOrDefault(f.key(), BigDecimal.ZERO));
        }
        assertThat(result.records()).extracting(FileRecord::file).as("every file accounted for").containsExactlyElementsOf(files);
        assertThat(result.summedCount()).isEqualTo(result.count(FileStatus.OK));
        assertThat(result.hasProblems()).isTrue();
    }

    @Test
    void includeInvalidSumsInvalidReturnsAndKeepsThemMarked() throws IOException {
        Consolidator c = new Consolidator(new Consolidator.Options(true, OptionalInt.empty(), Optional.empty(), 5), spill);
        Map<String, BigDecimal> values = SampleReturns.values(new Random(1));
        c.accept(SampleReturns.invalid(SampleReturns.of("a.xlsx", "甲", "", 2024, "", values)), SampleReturns.facts(1));
        c.accept(SampleReturns.ok(SampleReturns.of("b.xlsx", "乙", "", 2024, "", values)), SampleReturns.facts(1));

        Consolidation result = c.finish();

        assertThat(result.records()).extracting(FileRecord::status, FileRecord::summed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FileStatus.INVALID, true),
                        org.assertj.core.groups.Tuple.tuple(FileStatus.OK, true));
        Form.fields().forEach(f -> assertThat(result.totals().get(f.key())).as(f.key())
                .isEqualByComparingTo(values.get(f.key()).multiply(BigDecimal.valueOf(2))));
    }

    @Test
    void yearMismatchIsSkippedWithAWarningAndNotSummed() throws IOException {
        Consolidator c = new Consolidator(new Consolidator.Options(false, OptionalInt.of(2024), Optional.empty(), 5), spill);
        Map<String, BigDecimal> values = SampleReturns.values(new Random(2));
        c.accept(SampleReturns.ok(SampleReturns.of("old.xlsx", "甲", "", 2023, "", values)), SampleReturns.facts(1));
        c.accept(SampleReturns.ok(SampleReturns.of("new.xlsx", "乙", "", 2024, "", values)), SampleReturns.facts(1));

        Consolidation result = c.finish();

        FileRecord old = result.records().get(0);
        assertThat(old.status()).isEqualTo(FileStatus.SKIPPED);
        assertThat(old.summed()).isFalse();
        assertThat(old.extra()).extracting(Finding::code, Finding::expected, Finding::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.YEAR_MISMATCH, "2024", "2023"));
        assertThat(old.reason()).contains("2023", "2024");
        Form.fields().forEach(f -> assertThat(result.totals().get(f.key())).as(f.key()).isEqualByComparingTo(values.get(f.key())));
        assertThat(result.year()).hasValue(2024);
    }

    @Test
    void aSubSummaryIsSummedThroughItsMembersNeverAsItself() throws IOException {
        Random rnd = new Random(41);
        Map<String, BigDecimal> a = SampleReturns.values(rnd);
        Map<String, BigDecimal> b = SampleReturns.values(rnd);
        Consolidator c = new Consolidator(Consolidator.Options.defaults(), spill);
        subSummary(c, "小计.xlsx", a, b);
        c.endSubSummary(Optional.empty());

        Consolidation result = c.finish();

        assertThat(result.records()).extracting(FileRecord::status, FileRecord::summed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FileStatus.OK, false),
                org.assertj.core.groups.Tuple.tuple(FileStatus.OK, true),
                org.assertj.core.groups.Tuple.tuple(FileStatus.OK, true));
        Form.fields().forEach(f -> assertThat(result.totals().get(f.key())).as(f.key())
                .isEqualByComparingTo(a.get(f.key()).add(b.get(f.key()))));
        assertThat(result.records().get(1).file()).isEqualTo("小计.xlsx（明细第 3 行）");
    }

    @Test
    void theMembersOfASubSummaryWhoseDetailBrokeOffAreLeftOut() throws IOException {
        Random rnd = new Random(42);
        Map<String, BigDecimal> a = SampleReturns.values(rnd);
        Map<String, BigDecimal> b = SampleReturns.values(rnd);
        Map<String, BigDecimal> other = SampleReturns.values(rnd);
        Consolidator c = new Consolidator(Consolidator.Options.defaults(), spill);
        subSummary(c, "小计.xlsx", a, b);
        c.endSubSummary(Optional.of("小计.xlsx：「明细」工作表无法读取（文件已损坏）"));
        c.accept(SampleReturns.ok(SampleReturns.of("丙.xlsx", "丙", "", 2024, "", other)), SampleReturns.facts(3));

        Consolidation result = c.finish();

        assertThat(result.records()).extracting(FileRecord::status, FileRecord::summed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FileStatus.UNREADABLE, false),
                org.assertj.core.groups.Tuple.tuple(FileStatus.SKIPPED, false),
                org.assertj.core.groups.Tuple.tuple(FileStatus.SKIPPED, false),
                org.assertj.core.groups.Tuple.tuple(FileStatus.OK, true));
        assertThat(result.records().get(1).reason()).contains("小计.xlsx", "未能完整读取");
        Form.fields().forEach(f -> assertThat(result.totals().get(f.key())).as(f.key()).isEqualByComparingTo(other.get(f.key())));
        assertThat(result.hasProblems()).isTrue();
    }

    /** A sub-summary whose 汇总 is the sum of its two members 甲 and 乙, both taken; left open. */
    private static void subSummary(Consolidator c, String file, Map<String, BigDecimal> a, Map<String, BigDecimal> b)
            throws IOException {
        Map<String, BigDecimal> sum = new HashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
        c.acceptSubSummary(SampleReturns.ok(SampleReturns.of(file, "小计", "", 2024, "", sum)), SampleReturns.facts(1));
        c.acceptMember(SampleReturns.ok(SampleReturns.of(file + "（明细第 3 行）", "甲", "", 2024, "", a)),
                Origin.member(file, 3, "甲.xlsx", "甲.xlsx"));
        c.acceptMember(SampleReturns.ok(SampleReturns.of(file + "（明细第 4 行）", "乙", "", 2024, "", b)),
                Origin.member(file, 4, "乙.xlsx", ""));
    }

    static Spill newSpill() {
        try {
            return new Spill();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
