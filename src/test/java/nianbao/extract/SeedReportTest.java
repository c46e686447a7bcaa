package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Return;
import org.junit.jupiter.api.Test;

/** The seed report, copied from a web page, extracts to all zeros, agency 湛河区信访局, year 2024. */
class SeedReportTest {

    @Test
    void seedExtractsToAllZeros() throws Exception {
        Extraction extraction = new Extractor().extract(Path.of("samples/seed-report.txt"));
        Return read = extraction.read();

        assertThat(read.values()).hasSize(Form.SIZE);
        for (Field f : Form.fields()) {
            assertThat(read.values().get(f.key())).as(f.key()).isEqualByComparingTo(BigDecimal.ZERO);
        }
        assertThat(read.findings()).isEmpty();
        assertThat(read.agency()).isEqualTo("湛河区信访局");
        assertThat(read.year()).hasValue(2024);
        assertThat(extraction.format()).isEqualTo(ReportFormat.F2021);
        assertThat(extraction.notes()).isEmpty();
    }
}
