package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.Return;
import nianbao.testing.LibreOffice;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word and PDF fixtures made from known random values read back exactly. */
class FixtureExtractTest {

    private static final long SEED = Seeds.property(20240531L);

    @TempDir
    Path dir;

    @Test
    void docxWithMergedCellsReadsBackExactly() throws Exception {
        Seeds.note("FixtureExtractTest", SEED);
        Return original = RandomReturns.of(SEED);
        Path file = dir.resolve("report.docx");
        Fixtures.docx(original, file);

        assertReadsBack(original, file);
    }

    @Test
    void pdfWrittenByPdfBoxReadsBackExactly() throws Exception {
        Optional<Path> font = PdfFixture.cjkFont();
        assumeTrue(font.isPresent(), "no Chinese font installed (e.g. fonts-wqy-zenhei): skipped");
        Seeds.note("FixtureExtractTest", (SEED + 2));
        Return original = RandomReturns.of(SEED + 2);
        Path pdf = dir.resolve("report.pdf");
        PdfFixture.write(original, font.get(), pdf);

        assertReadsBack(original, pdf);
    }

    /**
     * LibreOffice wraps five-digit numbers inside the narrow columns of table 四: those cells must be
     * reported missing, never read as the digits of the first line.
     */
    @Test
    void pdfConvertedFromWordByLibreOfficeReadsBackExactlyOrReportsMissing() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice not on PATH: skipped");
        Seeds.note("FixtureExtractTest", (SEED + 1));
        Return original = RandomReturns.of(SEED + 1);
        Path docx = dir.resolve("report.docx");
        Fixtures.docx(original, docx);
        Path pdf = LibreOffice.convert(List.of(docx), "pdf", dir).get(0);

        Return back = new Extractor().extract(pdf).read();
        for (Map.Entry<String, BigDecimal> e : original.values().entrySet()) {
            BigDecimal got = back.values().get(e.getKey());
            if (got == null) {
                assertThat(back.findings()).as(e.getKey()).anyMatch(f -> f.code() == Code.MISSING_CELL && f.keys().contains(e.getKey()));
            } else {
                assertThat(got).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(back.values().size()).as("values read").isGreaterThanOrEqualTo(Form.SIZE - 15);
    }

    private static void assertReadsBack(Return original, Path file) throws Exception {
        Extraction back = new Extractor().extract(file);
        assertThat(back.read().findings()).isEmpty();
        assertThat(back.read().values()).containsExactlyEntriesOf(original.values());
        assertThat(back.read().agency()).isEqualTo(original.agency());
        assertThat(back.read().year()).isEqualTo(original.year());
    }
}
