package nianbao.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nianbao.form.MetaKey;
import nianbao.io.InputFiles;
import nianbao.model.Code;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.read.ReturnReader;
import nianbao.verify.Intake;
import nianbao.verify.PreviousReturns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed sample district says what its generator meant it to say. */
class SampleDistrictTest {

    static final Path SAMPLES = Path.of("samples");

    static Map<String, FileResult> results;

    @BeforeAll
    static void verifyTheDistrict() {
        List<Path> files = InputFiles.workbooks(List.of(SAMPLES.resolve("returns"))).files();
        results = Intake.results(files, new ReturnReader()::read, PreviousReturns.NONE).stream()
                .collect(Collectors.toMap(r -> Path.of(r.file()).getFileName().toString(), Function.identity()));
    }

    @Test
    void holdsOneReturnPerAgencyOfTheGenerator() {
        assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(
                SampleDistrict.AGENCIES.stream().map(SampleDistrict.Agency::file).toList());
        for (SampleDistrict.Agency agency : SampleDistrict.AGENCIES) {
            FileResult r = results.get(agency.file());
            assertThat(r.read().agency()).as(agency.file()).isEqualTo(agency.name());
            assertThat(r.read().year()).as(agency.file()).hasValue(SampleDistrict.YEAR);
            int unreadable = agency.mistake() == SampleDistrict.Mistake.UNIT_IN_CELL ? 1 : 0;
            assertThat(r.read().values().size()).as(agency.file()).isEqualTo(200 - unreadable);
        }
    }

    @Test
    void findsExactlyTheMistakesMadeOnPurpose() {
        Map<SampleDistrict.Mistake, List<Code>> expected = Map.of(
                SampleDistrict.Mistake.NONE, List.of(),
                SampleDistrict.Mistake.BALANCE_OFF_BY_ONE, List.of(Code.BALANCE, Code.BALANCE),
                SampleDistrict.Mistake.TYPED_TOTAL, List.of(Code.ROW_TOTAL, Code.BALANCE, Code.FORMULA_REPLACED),
                SampleDistrict.Mistake.TEXT_WU, List.of(Code.TEXT_AS_ZERO),
                SampleDistrict.Mistake.BLANK, List.of(Code.BLANK),
                SampleDistrict.Mistake.UNIT_IN_CELL, List.of(Code.NOT_A_NUMBER, Code.BALANCE),
                SampleDistrict.Mistake.ROW_TOTAL_OFF, List.of(Code.ROW_TOTAL, Code.RESULTS_TOTAL));
        for (SampleDistrict.Agency agency : SampleDistrict.AGENCIES) {
            List<Code> codes = results.get(agency.file()).findings().stream().map(Finding::code).distinct().toList();
            assertThat(codes).as(agency.file()).containsExactlyInAnyOrderElementsOf(
                    expected.get(agency.mistake()).stream().distinct().toList());
        }
    }

    @Test
    void fourReturnsAreInvalid() {
        assertThat(results.values()).filteredOn(r -> r.status() == FileStatus.INVALID)
                .extracting(r -> r.read().agency())
                .containsExactlyInAnyOrder("湛河区公安分局", "湛河区财政局", "马庄街道办事处", "河滨街道办事处");
        assertThat(results.values()).filteredOn(r -> r.status() == FileStatus.OK).hasSize(14);
    }

    @Test
    void theRosterNamesEveryAgencyWithItsCodeAndOneThatSentNothing() throws Exception {
        List<String[]> rows = Files.readAllLines(SAMPLES.resolve("roster.csv")).stream().skip(1).map(l -> l.split(",")).toList();

        assertThat(rows).hasSize(SampleDistrict.AGENCIES.size() + 1).allSatisfy(row -> {
            assertThat(row).hasSize(3);
            assertThat(row[1]).hasSize(18).endsWith(String.valueOf(CreditCodes.check(row[1].substring(0, 17))));
            assertThat(row[2]).isIn(SampleDistrict.DEPARTMENT, SampleDistrict.TOWNSHIP);
        });
        for (FileResult r : results.values()) {
            String code = r.read().findMeta(MetaKey.CREDIT_CODE).orElse("");
            assertThat(rows).as(r.file()).anySatisfy(row -> {
                assertThat(row[0]).isEqualTo(r.read().agency());
                assertThat(row[1]).isEqualTo(code);
            });
        }
        assertThat(rows).extracting(row -> row[0]).contains(SampleDistrict.NO_RETURN);
    }
}
