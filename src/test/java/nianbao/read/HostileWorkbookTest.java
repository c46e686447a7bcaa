package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.zip.ZipParts;
import nianbao.testing.BadFile;
import nianbao.testing.FixtureValues;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import nianbao.testing.PackageParts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Workbooks that are valid but unusual or built to cause harm, beside {@link HostileInputTest}: the
 * per-part size limit on its own, macros, error values, hidden sheets, a thousand sheets, the last cell.
 */
class HostileWorkbookTest {

    static final Map<String, BigDecimal> VALUES = FixtureValues.random(77L);

    final ReturnReader reader = new ReturnReader();

    @TempDir
    Path dir;

    @Test
    void refusesAPartLargerThanTheLimitEvenWhenItIsNotCompressedAtAll() throws IOException {
        Path file = dir.resolve("huge.xlsx");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        long size = ZipParts.MAX_PART_BYTES + spaces.length;
        CRC32 crc = new CRC32();
        for (long n = 0; n < size; n += spaces.length) {
            crc.update(spaces);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "xl/workbook.xml", HostileInputTest.WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", HostileInputTest.RELS);
            ZipEntry stored = new ZipEntry("xl/worksheets/sheet1.xml");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(size);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            for (long n = 0; n < size; n += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("压缩炸弹").hasMessageContaining("解压后超过 100 MB").hasMessageNotContaining("压缩比");
    }

    @Test
    void readsTheValuesOfAnXlsmWithAVbaProjectAndRunsNothing() throws Exception {
        Path xlsx = OfficialLayoutFixture.of(VALUES).meta(MetaKey.AGENCY, "湛河区教育局").meta(MetaKey.YEAR, "2024").names(true)
                .write(dir.resolve("m.xlsx"), Writer.POI_XLSX);
        Map<String, byte[]> parts = PackageParts.unzip(xlsx);
        parts.put("xl/vbaProject.bin", BadFile.encryptedXls());
        parts.computeIfPresent("[Content_Types].xml", (k, v) -> new String(v, StandardCharsets.UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")
                .getBytes(StandardCharsets.UTF_8));
        parts.computeIfPresent("xl/_rels/workbook.xml.rels", (k, v) -> new String(v, StandardCharsets.UTF_8)
                .replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/"
                        + "relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        Path xlsm = PackageParts.zip(parts, dir.resolve("宏.xlsm"));

        Return r = reader.read(xlsm);

        assertThat(r.findings()).isEmpty();
        VALUES.forEach((key, value) -> assertThat(r.values().get(key)).as(key).isEqualByComparingTo(value));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"REF, application.new.natural_person", "DIV0, disclosure.fees.amount", "NA, review.upheld"})
    void anErrorValueInANumberCellIsThatCellsError(FormulaError error, String key) throws Exception {
        OfficialLayoutFixture fixture = OfficialLayoutFixture.of(VALUES).names(true);
        Path file = fixture.write(dir.resolve("e.xlsx"), Writer.POI_XLSX);
        CellAddress at = fixture.cells().get(key);
        edit(file, wb -> cell(wb, at).setCellErrorValue(error.getCode()));

        Return r = reader.read(file);

        assertThat(r.values()).doesNotContainKey(key);
        assertThat(r.findings()).filteredOn(f -> f.code() == Code.NOT_A_NUMBER).singleElement()
                .returns(at, Finding::cell).returns(error.getString(), Finding::actual)
                .satisfies(f -> assertThat(f.message()).contains(at.toString()).contains(error.getString()));
    }

    @ParameterizedTest
    @EnumSource(value = SheetVisibility.class, names = {"HIDDEN", "VERY_HIDDEN"})
    void readsTheTablesFromAHiddenSheetByTheirLabels(SheetVisibility visibility) throws Exception {
        Path file = OfficialLayoutFixture.of(VALUES).write(dir.resolve("h.xlsx"), Writer.POI_XLSX);
        edit(file, wb -> {
            wb.createSheet("封面").createRow(0).createCell(0).setCellValue("请见隐藏的工作表");
            wb.setSheetOrder("封面", 0);
            wb.setActiveSheet(0);
            wb.setSheetVisibility(1, visibility);
        });

        Return r = reader.read(file);

        VALUES.forEach((key, value) -> assertThat(r.values().get(key)).as(key).isEqualByComparingTo(value));
    }

    @Test
    void readsAWorkbookOfAThousandSheetsWithTheTablesOnTheLast() throws Exception {
        Path file = OfficialLayoutFixture.of(VALUES).write(dir.resolve("k.xlsx"), Writer.POI_XLSX);
        edit(file, wb -> {
            for (int i = 1; i < 1000; i++) {
                wb.createSheet("附表" + i).createRow(0).createCell(0).setCellValue(i);
                wb.setSheetOrder("附表" + i, i - 1);
            }
        });

        Return r = reader.read(file);

        VALUES.forEach((key, value) -> assertThat(r.values().get(key)).as(key).isEqualByComparingTo(value));
    }

    @Test
    void aKeyNamedAtTheLastCellOfASheetIsMisplacedAndNotRead() throws Exception {
        OfficialLayoutFixture fixture = OfficialLayoutFixture.of(VALUES).names(true);
        Path file = fixture.write(dir.resolve("x.xlsx"), Writer.POI_XLSX);
        edit(file, wb -> {
            Sheet sheet = wb.getSheet(fixture.cells().get("disclosure.fees.amount").sheet());
            sheet.createRow(1_048_575).createCell(16_383).setCellValue(12.5);
            Name name = wb.getName("disclosure.fees.amount");
            name.setRefersToFormula("'" + sheet.getSheetName() + "'!$XFD$1048576");
        });

        Return r = reader.read(file);

        assertThat(r.values()).doesNotContainKey("disclosure.fees.amount");
        assertThat(r.findings()).filteredOn(f -> f.code() == Code.NAME_MISPLACED).singleElement().satisfies(f -> {
            assertThat(f.keys()).containsExactly("disclosure.fees.amount");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("XFD1048576").contains("表格范围之外");
        });
    }

    interface Edit {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    static void edit(Path file, Edit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(Files.readAllBytes(file)))) {
            edit.apply(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static Cell cell(XSSFWorkbook wb, CellAddress at) {
        Sheet sheet = wb.getSheet(at.sheet());
        Row row = sheet.getRow(at.row()) != null ? sheet.getRow(at.row()) : sheet.createRow(at.row());
        return row.getCell(at.column()) != null ? row.getCell(at.column()) : row.createCell(at.column());
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
