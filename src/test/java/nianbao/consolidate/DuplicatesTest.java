package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicatesTest {

    /** One file of a case: name, agency, code, year, 填报日期, modification time. */
    record In(String file, String agency, String code, int year, String date, long modified) {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("same code, later date wins",
                        List.of(new In("a.xlsx", "甲局", "11110000000000000X", 2024, "2025-01-20", 9),
                                new In("b.xlsx", "甲 局（改名）", "11110000000000000X", 2024, "2025年1月10日", 1)),
                        List.of(FileStatus.OK, FileStatus.DUPLICATE)),
                Arguments.of("same name, no code, same date: later file time wins",
                        List.of(new In("a.xlsx", "乙局", "", 2024, "2025-01-20", 5),
                                new In("b.xlsx", "乙　局", "", 2024, "2025-01-20", 7)),
                        List.of(FileStatus.DUPLICATE, FileStatus.OK)),
                Arguments.of("name without code matches the one code of that name",
                        List.of(new In("a.xlsx", "丙局", "22220000000000000X", 2024, "2025-02-01", 1),
                                new In("b.xlsx", "丙局", "", 2024, "", 9)),
                        List.of(FileStatus.OK, FileStatus.DUPLICATE)),
                Arguments.of("same name, different codes: two agencies",
                        List.of(new In("a.xlsx", "丁局", "33330000000000000X", 2024, "", 1),
                                new In("b.xlsx", "丁局", "44440000000000000X", 2024, "", 2)),
                        List.of(FileStatus.OK, FileStatus.OK)),
                Arguments.of("same agency, different years: both counted",
                        List.of(new In("a.xlsx", "戊局", "", 2023, "", 1),
                                new In("b.xlsx", "戊局", "", 2024, "", 2)),
                        List.of(FileStatus.OK, FileStatus.OK)),
                Arguments.of("no name, no code: never matched",
                        List.of(new In("a.xlsx", "", "", 2024, "", 1),
                                new In("b.xlsx", "", "", 2024, "", 2)),
                        List.of(FileStatus.OK, FileStatus.OK)),
                Arguments.of("three copies: the latest wins over both",
                        List.of(new In("a.xlsx", "己局", "", 2024, "2025-01-03", 1),
                                new In("b.xlsx", "己局", "", 2024, "2025-01-05", 1),
                                new In("c.xlsx", "己局", "", 2024, "2025-01-04", 1)),
                        List.of(FileStatus.DUPLICATE, FileStatus.OK, FileStatus.DUPLICATE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsOneReturnPerAgencyAndYear(String name, List<In> files, List<FileStatus> expected) throws IOException {
        Map<String, BigDecimal> values = SampleReturns.values(new Random(7));
        try (Spill spill = new Spill()) {
            Consolidator c = new Consolidator(Consolidator.Options.defaults(), spill);
            for (In in : files) {
                c.accept(SampleReturns.ok(SampleReturns.of(in.file(), in.agency(), in.code(), in.year(), in.date(), values)),
                        SampleReturns.facts(in.modified()));
            }

            Consolidation result = c.finish();

            assertThat(result.records()).extracting(FileRecord::status).containsExactlyElementsOf(expected);
            long kept = expected.stream().filter(s -> s == FileStatus.OK).count();
            Form.fields().forEach(f -> assertThat(result.totals().get(f.key())).as(f.key())
                    .isEqualByComparingTo(values.get(f.key()).multiply(BigDecimal.valueOf(kept))));
            assertBothSidesWarned(result);
        }
    }

    private static void assertBothSidesWarned(Consolidation result) {
        for (FileRecord loser : result.records()) {
            if (loser.status() == FileStatus.DUPLICATE) {
                Finding warning = loser.extra().get(0);
                assertThat(warning.code()).isEqualTo(Code.DUPLICATE_RETURN);
                String winner = warning.expected();
                assertThat(warning.message()).contains(loser.file(), winner);
                assertThat(loser.reason()).contains(winner);
                FileRecord kept = result.records().stream().filter(r -> r.file().equals(winner)).findFirst().orElseThrow();
                assertThat(kept.status()).isEqualTo(FileStatus.OK);
                assertThat(kept.extra()).anySatisfy(w -> assertThat(w.message()).contains(loser.file(), winner));
            }
        }
    }
}
