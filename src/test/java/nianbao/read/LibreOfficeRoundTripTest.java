package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.testing.FixtureValues;
import nianbao.testing.LibreOffice;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workbooks saved by LibreOffice (.xlsx and .xls, names and labels) read back exactly. */
class LibreOfficeRoundTripTest {

    static final Map<String, BigDecimal> VALUES = FixtureValues.random(31L);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} names={1}")
    @CsvSource({"xlsx, true", "xls, true", "xlsx, false", "xls, false"})
    void readsWhatLibreOfficeSaved(String format, boolean names) throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: skipped");
        OfficialLayoutFixture fixture = OfficialLayoutFixture.of(VALUES).names(names).origin(2, 1)
                .set("disclosure.fees.amount", new BigDecimal("12.345678"))
                .meta(MetaKey.AGENCY, "某区教育局").meta(MetaKey.YEAR, "2024");
        Path source = fixture.write(dir.resolve("source.xlsx"), Writer.FASTEXCEL_XLSX);
        Path saved = convert(source, format);
        Return r = new ReturnReader().read(saved);
        assertThat(r.findings()).isEmpty();
        for (Field f : Form.fields()) {
            BigDecimal expected = f.key().equals("disclosure.fees.amount") ? new BigDecimal("12.345678") : VALUES.get(f.key());
            assertThat(r.values().get(f.key())).as(f.key()).isEqualByComparingTo(expected);
        }
        assertThat(r.agency()).isEqualTo("某区教育局");
        assertThat(r.year()).hasValue(2024);
    }

    private Path convert(Path source, String format) throws Exception {
        return LibreOffice.convert(List.of(source), format, Files.createDirectories(dir.resolve("out"))).get(0);
    }
}
