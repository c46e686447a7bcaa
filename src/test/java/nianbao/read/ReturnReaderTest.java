package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.testing.FixtureValues;
import nianbao.testing.OfficialLayoutFixture.FormulaText;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnReaderTest {

    static final Map<String, BigDecimal> VALUES = FixtureValues.random(20240101L);
    final ReturnReader reader = new ReturnReader();

    @TempDir
    Path dir;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("names, rows inserted above", fixture().names(true).origin(7, 2)),
                Arguments.of("labels at A1", fixture()),
                Arguments.of("labels at an offset, wide gaps", fixture().origin(4, 3).gap(3)),
                Arguments.of("label variants", fixture().variants(true)),
                Arguments.of("three sheets", fixture().splitSheets(true).origin(2, 1)),
                Arguments.of("labels joined in one cell", fixture().joinedLabels(true)),
                Arguments.of("title and subtotal row", fixture().title("湛河区信访局2024年政府信息公开工作年度报告").subtotalRow(true)),
                Arguments.of("totals typed in, no formulas", fixture().formulas(false)),
                Arguments.of("everything at once", fixture().variants(true).joinedLabels(true).subtotalRow(true).origin(3, 5)));
    }

    static OfficialLayoutFixture fixture() {
        return OfficialLayoutFixture.of(VALUES).meta(MetaKey.AGENCY, "湛河区信访局").meta(MetaKey.YEAR, "2024");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsEveryValueBackWithEveryWriter(String name, OfficialLayoutFixture fixture) throws Exception {
        for (Writer writer : Writer.values()) {
            Path file = fixture.write(dir.resolve(name + writer + (writer == Writer.POI_XLS ? ".xls" : ".xlsx")), writer);
            Return r = reader.read(file);
            assertThat(r.findings()).as(writer + " findings").isEmpty();
            assertThat(r.values()).as(writer + " values").hasSize(Form.SIZE);
            for (Field f : Form.fields()) {
                assertThat(r.values().get(f.key())).as(writer + " " + f.key()).isEqualByComparingTo(VALUES.get(f.key()));
                assertThat(r.findCell(f.key())).as(writer + " cell of " + f.key()).contains(fixture.cells().get(f.key()));
            }
            assertThat(r.agency()).as(writer + " agency").isEqualTo("湛河区信访局");
            assertThat(r.year()).as(writer + " year").hasValue(2024);
        }
    }

    @Test
    void readsAgencyAndYearFromATitle() throws Exception {
        Path file = OfficialLayoutFixture.of(VALUES).title("湛河区信访局2024年政府信息公开工作年度报告")
                .write(dir.resolve("t.xlsx"), Writer.POI_XLSX);
        Return r = reader.read(file);
        assertThat(r.agency()).isEqualTo("湛河区信访局");
        assertThat(r.year()).hasValue(2024);
    }

    @Test
    void computesFormulasWithoutCachedValuesAndNoticesNone() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true).set("application.new.natural_person", new BigDecimal(7));
        Return r = reader.read(fixture.write(dir.resolve("fast.xlsx"), Writer.FASTEXCEL_XLSX));
        BigDecimal expected = VALUES.get("application.new.total").subtract(VALUES.get("application.new.natural_person")).add(BigDecimal.valueOf(7));
        assertThat(r.value("application.new.total")).isEqualByComparingTo(expected);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void reportsAStaleCachedValue() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true);
        Path file = fixture.write(dir.resolve("stale.xlsx"), Writer.POI_XLSX);
        CellAddress input = fixture.cells().get("review.upheld");
        edit(file, input, 1000);
        Return r = reader.read(file);
        CellAddress total = fixture.cells().get("review.total");
        BigDecimal cached = VALUES.get("review.total");
        BigDecimal fresh = cached.subtract(VALUES.get("review.upheld")).add(BigDecimal.valueOf(1000));
        assertThat(r.value("review.total")).isEqualByComparingTo(cached);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.STALE_FORMULA);
            assertThat(f.cell()).isEqualTo(total);
            assertThat(f.expected()).isEqualTo(fresh.toPlainString());
            assertThat(f.actual()).isEqualTo(cached.toPlainString());
            assertThat(f.message()).contains("行政复议").contains("总计").contains(total.toString());
        });
    }

    @Test
    void reportsATemplateFormulaReplacedByANumber() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true).set("application.granted.total", new BigDecimal(5));
        Return r = reader.read(fixture.write(dir.resolve("replaced.xlsx"), Writer.POI_XLSX));
        assertThat(r.value("application.granted.total")).isEqualByComparingTo("5");
        assertThat(r.findings()).filteredOn(f -> f.code() == Code.FORMULA_REPLACED).singleElement().satisfies(f -> {
            assertThat(f.cell()).isEqualTo(fixture.cells().get("application.granted.total"));
            assertThat(f.actual()).isEqualTo("5");
            assertThat(f.message()).startsWith(Form.field("application.granted.total").describe());
        });
    }

    @Test
    void computesAnAlteredFormulaFromACellNoNameRefersTo() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true);
        fixture.write(dir.resolve("probe.xlsx"), Writer.POI_XLSX);
        CellAddress total = fixture.cells().get("review.total");
        CellAddress outside = new CellAddress(total.sheet(), total.row() + 1, total.column() + 40);
        fixture.set("review.total", new FormulaText("SUM(" + outside.a1() + ")"));
        Path file = fixture.write(dir.resolve("outside.xlsx"), Writer.POI_XLSX);
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.getSheet(outside.sheet());
            var row = sheet.getRow(outside.row()) != null ? sheet.getRow(outside.row()) : sheet.createRow(outside.row());
            row.createCell(outside.column()).setCellValue(1000);
            wb.write(out);
        }
        Return r = reader.read(file);
        assertThat(r.findings()).filteredOn(f -> f.code() == Code.STALE_FORMULA).singleElement()
                .satisfies(f -> assertThat(f.expected()).as("computed from the unnamed cell").isEqualTo("1000"));
    }

    @Test
    void reportsAnAlteredTemplateFormula() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true);
        fixture.write(dir.resolve("probe.xlsx"), Writer.POI_XLSX);
        CellAddress first = fixture.cells().get("application.partial.natural_person");
        CellAddress second = fixture.cells().get("application.partial.business");
        fixture.set("application.partial.total", new FormulaText("SUM(" + first.a1() + ":" + second.a1() + ")"));
        Return r = reader.read(fixture.write(dir.resolve("altered.xlsx"), Writer.POI_XLSX));
        assertThat(r.findings()).extracting(Finding::code).containsExactly(Code.FORMULA_ALTERED);
        assertThat(r.findings().get(0).actual()).isEqualTo("=SUM(" + first.a1() + ":" + second.a1() + ")");
    }

    @Test
    void keepsATemplateFormulaWrittenAsARange() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true);
        fixture.write(dir.resolve("probe.xlsx"), Writer.POI_XLSX);
        CellAddress first = fixture.cells().get("application.partial.natural_person");
        CellAddress last = fixture.cells().get("application.partial.other_org");
        fixture.set("application.partial.total", new FormulaText("SUM(" + first.a1() + ":" + last.a1() + ")"));
        Return r = reader.read(fixture.write(dir.resolve("range.xlsx"), Writer.FASTEXCEL_XLSX));
        assertThat(r.findings()).isEmpty();
        assertThat(r.value("application.partial.total")).isEqualByComparingTo(VALUES.get("application.partial.total"));
    }

    @Test
    void reportsAFormulaErrorAsNotANumber() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true).set("review.pending", new FormulaText("1/0"));
        Return r = reader.read(fixture.write(dir.resolve("div0.xlsx"), Writer.POI_XLSX));
        assertThat(r.values()).doesNotContainKey("review.pending");
        assertThat(r.findings()).filteredOn(f -> f.code() == Code.NOT_A_NUMBER)
                .extracting(f -> f.keys().get(0), Finding::actual)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("review.pending", "#DIV/0!"),
                        org.assertj.core.groups.Tuple.tuple("review.total", "#DIV/0!"));
    }

    @Test
    void reportsEveryKeyItCannotLocate() throws Exception {
        Path file = dir.resolve("partial.xlsx");
        try (Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("表").createRow(0);
            row.createCell(0).setCellValue("信息内容");
            row.createCell(1).setCellValue("本年处理决定数量");
            var data = wb.getSheet("表").createRow(1);
            data.createCell(0).setCellValue("行政许可");
            data.createCell(1).setCellValue(4);
            wb.write(out);
        }
        Return r = reader.read(file);
        assertThat(r.values()).containsOnlyKeys("disclosure.licensing.decisions");
        assertThat(r.findings()).filteredOn(f -> Form.find(f.keys().get(0)).isPresent())
                .hasSize(Form.SIZE - 1).allMatch(f -> f.code() == Code.MISSING_CELL && f.cell() == null);
    }

    @Test
    void keepsTheFeeExactlyAsWritten() throws Exception {
        OfficialLayoutFixture fixture = fixture().names(true).set("disclosure.fees.amount", new BigDecimal("0.123456"));
        for (Writer writer : Writer.values()) {
            Return r = reader.read(fixture.write(dir.resolve("fee" + writer + (writer == Writer.POI_XLS ? ".xls" : ".xlsx")), writer));
            assertThat(r.value("disclosure.fees.amount").toPlainString()).as(writer.name()).isEqualTo("0.123456");
        }
    }

    @Test
    void isSafeToUseFromManyThreads() throws Exception {
        Path a = fixture().names(true).write(dir.resolve("a.xlsx"), Writer.POI_XLSX);
        Path b = fixture().write(dir.resolve("b.xls"), Writer.POI_XLS);
        var results = Stream.of(a, b, a, b, a, b, a, b).parallel().map(p -> {
            try {
                return reader.read(p).values();
            } catch (UnreadableException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(results).allSatisfy(v -> assertThat(v).hasSize(Form.SIZE));
    }

    private static void edit(Path file, CellAddress at, double value) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.column()).setCellValue(value);
            wb.write(out);
        }
    }
}
