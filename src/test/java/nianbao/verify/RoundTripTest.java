package nianbao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import nianbao.testing.LibreOffice;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Template → filled with POI (and saved again by LibreOffice) → read → verified. */
class RoundTripTest {

    static final long SEED = Seeds.property(515L);

    @TempDir
    Path dir;

    @Test
    void aTemplateFilledWithPoiReadsBackWholeAndValid() throws Exception {
        Map<String, BigDecimal> values = values();
        Path file = filled(values, null);

        Return r = new ReturnReader().read(file);

        assertThat(Verifier.verify(r)).isEmpty();
        assertSameValues(r, values);
    }

    @Test
    void aBrokenBalanceInAFilledTemplateIsFoundAtItsCell() throws Exception {
        Map<String, BigDecimal> values = values();
        Path file = filled(values, "application.carried_forward.business");

        Return r = new ReturnReader().read(file);
        List<Finding> findings = Verifier.verify(r);

        assertThat(findings).filteredOn(f -> f.code() == Code.BALANCE)
                .extracting(f -> f.keys().get(0))
                .containsExactly("application.carried_forward.business", "application.carried_forward.total");
        assertThat(findings).filteredOn(f -> f.code() == Code.BALANCE).first()
                .satisfies(f -> assertThat(f.cell()).isEqualTo(r.cells().get("application.carried_forward.business")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFilledTemplateSavedByLibreOfficeReadsBackWholeAndValid(String format) throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) absent: skipped");
        Map<String, BigDecimal> values = values();
        Path file = filled(values, null);

        Return r = new ReturnReader().read(libreOffice(file, format));

        assertThat(Verifier.verify(r)).isEmpty();
        assertSameValues(r, values);
    }

    private Map<String, BigDecimal> values() {
        Seeds.note("RoundTripTest", SEED);
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(SEED));
        values.put("disclosure.fees.amount", new BigDecimal("12.5"));
        return values;
    }

    /** The blank template written, then every input typed in through its defined name, as a clerk would. */
    private Path filled(Map<String, BigDecimal> values, String offByOne) throws IOException {
        Path file = dir.resolve("填报.xlsx");
        try (Workbook wb = new TemplateWriter().workbook(Filling.header("湛河区教育局", 2024))) {
            for (Field f : Form.fields()) {
                if (f.isInput()) {
                    double v = values.get(f.key()).doubleValue() + (f.key().equals(offByOne) ? 1 : 0);
                    named(wb, f.key()).setCellValue(v);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (Workbook check = WorkbookFactory.create(file.toFile())) {
            assertThat(named(check, "application.new.total").getCellFormula()).as("the total stays a formula").startsWith("SUM(");
        }
        return file;
    }

    private static Cell named(Workbook wb, String key) {
        Name name = wb.getName(key);
        CellReference ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private Path libreOffice(Path file, String format) throws Exception {
        return LibreOffice.convert(List.of(file), format, Files.createDirectories(dir.resolve("lo-" + format))).get(0);
    }

    private static void assertSameValues(Return r, Map<String, BigDecimal> values) {
        for (Field f : Form.fields()) {
            assertThat(r.value(f)).as(f.key()).isEqualByComparingTo(values.get(f.key()));
        }
    }
}
