package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.form.IdentityKind;
import nianbao.verify.Verifier;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each real report under ../shared/samples/reports, as text and as PDF, extracts cell-exact. */
class SampleReportsTest {

    private static final Path REPORTS = Path.of("../shared/samples/reports");

    static Stream<String> reports() {
        return Stream.of("hongze-2023.txt", "hongze-2023.pdf", "huaian-2024.txt", "huaian-2024.pdf");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void extractsCellExact(String name) throws Exception {
        Path file = REPORTS.resolve(name);
        assumeTrue(Files.exists(file), file + " absent (a fresh clone): skipped");
        Expected expected = Expected.read(REPORTS.resolve(name.replaceAll("\\.\\w+$", ".expected.json")));

        Extraction extraction = new Extractor().extract(file);
        Return read = extraction.read();

        List<String> wrong = new ArrayList<>();
        for (Field f : Form.fields()) {
            BigDecimal want = expected.values().get(f.key());
            BigDecimal got = read.values().get(f.key());
            boolean same = want == null ? got == null : got != null && want.compareTo(got) == 0;
            if (!same) {
                wrong.add(f.key() + " expected " + want + " got " + got);
            }
        }
        assertThat(wrong).as("%s: %s", name, read.findings().stream().filter(Finding::isError).map(Finding::message).toList()).isEmpty();
        assertThat(read.agency()).isEqualTo(expected.agency());
        assertThat(read.year()).hasValue(expected.year());
        assertThat(extraction.format().code()).isEqualTo(expected.format());
        assertThat(read.findings()).noneMatch(Finding::isError);
        assertThat(identityBreaks(read)).containsExactlyInAnyOrderElementsOf(expected.identityBreaks());
    }

    /** The codes of the identities the published tables break, as the verifier finds them. */
    static Set<String> identityBreaks(Return read) {
        Set<Code> identityCodes = Arrays.stream(IdentityKind.values()).map(Code::of).collect(Collectors.toSet());
        return Verifier.verify(read).stream().map(Finding::code).filter(identityCodes::contains)
                .map(Code::code).collect(Collectors.toSet());
    }
}
