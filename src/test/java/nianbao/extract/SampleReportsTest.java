package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.IdentityKind;
import nianbao.form.Labels;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.verify.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real report under ../shared/samples extracts cell-exact against its {@code *.expected.json},
 * read in place: each number written down is read with that value, each cell written down as blank
 * ({@code null}) is reported missing, and the identities the published tables break are reported.
 */
class SampleReportsTest {

    private static final Path SAMPLES = Path.of("../shared/samples");

    static Stream<String> reports() {
        return Stream.of("reports/hongze-2023.txt", "reports/hongze-2023.pdf", "reports/huaian-2024.txt",
                "reports/huaian-2024.pdf", "reports/pingtan-shenpi-2024.txt", "reports/pingtan-gwh-2020.txt",
                "reports/pingtan-jjf-2021.txt", "reports/shanghai-stcsm-2024.txt", "seed-report.txt");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void extractsCellExact(String name) throws Exception {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.exists(file), file + " absent (a fresh clone has no ../shared): skipped");
        Expected expected = Expected.read(SAMPLES.resolve(name.replaceAll("\\.\\w+$", ".expected.json")));

        Extraction extraction = new Extractor().extract(file);
        Return read = extraction.read();

        List<String> wrong = new ArrayList<>();
        for (Field f : Form.fields()) {
            if (!expected.values().containsKey(f.key())) {
                continue;
            }
            BigDecimal want = expected.values().get(f.key());
            BigDecimal got = read.values().get(f.key());
            boolean same = want == null ? got == null && missing(read, f.key()) : got != null && want.compareTo(got) == 0;
            if (!same) {
                wrong.add(f.key() + " expected " + want + " got " + got);
            }
        }
        assertThat(wrong).as("%s: %s", name, read.findings().stream().filter(Finding::isError).map(Finding::message).toList()).isEmpty();
        assertThat(read.year()).hasValue(expected.year());
        assertThat(extraction.format().code()).isEqualTo(expected.format());
        assertThat(identityBreaks(read)).containsExactlyInAnyOrderElementsOf(expected.identityBreaks());
        assertThat(read.findings()).filteredOn(Finding::isError)
                .allMatch(f -> f.code() == Code.MISSING_CELL && !read.values().containsKey(f.keys().get(0))
                        || identityCodes().contains(f.code()));
        String title = titleText(file);
        if (title.contains(Labels.normalize(expected.agency()))) {
            assertThat(read.agency()).isEqualTo(expected.agency());
        } else {
            assertThat(read.agency()).isNotEmpty();
            assertThat(title).as("the agency as the title prints it (the expected %s is not printed)", expected.agency())
                    .contains(Labels.normalize(read.agency()));
        }
    }

    private static boolean missing(Return read, String key) {
        return read.findings().stream().anyMatch(f -> f.code() == Code.MISSING_CELL && f.keys().equals(List.of(key)));
    }

    /** The top of the report, folded: where its title is printed. */
    private static String titleText(Path file) throws Exception {
        List<PrintedRow> rows = Extractor.rows(file).rows();
        return Labels.normalize(rows.subList(0, Math.min(8, rows.size())).stream().map(PrintedRow::text)
                .collect(Collectors.joining()));
    }

    private static Set<Code> identityCodes() {
        return Arrays.stream(IdentityKind.values()).map(Code::of).collect(Collectors.toSet());
    }

    /** The codes of the identities the published tables break, as the verifier finds them. */
    static Set<String> identityBreaks(Return read) {
        return Verifier.verify(read).stream().map(Finding::code).filter(identityCodes()::contains)
                .map(Code::code).collect(Collectors.toSet());
    }
}
