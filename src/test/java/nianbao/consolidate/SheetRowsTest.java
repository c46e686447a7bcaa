package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SheetRowsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("甲局", "甲局"),
                Arguments.of("=SUM(A1:A2)", "=SUM(A1:A2)"),
                Arguments.of("a & b < c > d \"e\" 'f'", "a & b < c > d \"e\" 'f'"),
                Arguments.of("  前后空格  ", "  前后空格  "),
                Arguments.of("行一\n行二\t制表", "行一\n行二\t制表"),
                Arguments.of("控制\u0001字符\u001f", "控制?字符?"),
                Arguments.of("x".repeat(40_000), "x".repeat(Cells.MAX_TEXT)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textStaysTextAsWritten(String written, String read) throws IOException {
        Cell cell = roundTrip(written).getRow(0).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(read);
    }

    @Test
    void numbersAreNumbersAndNullsLeaveNoCell() throws IOException {
        XSSFSheet sheet = roundTrip(null, new BigDecimal("12.50"), 2024, 31_457L, new BigDecimal("1E+3"));
        assertThat(sheet.getRow(0).getCell(0) == null).as("null leaves no cell").isTrue();
        assertThat(Stream.of(1, 2, 3, 4).map(c -> sheet.getRow(0).getCell(c).getNumericCellValue()).toList())
                .containsExactly(12.5, 2024.0, 31_457.0, 1000.0);
    }

    @Test
    void rowsAreNumberedWithSkipsAndStyledHeadsAndAutofilterKept() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("明细");
        sheet.createFreezePane(1, 2);
        int bold = wb.createCellStyle().getIndex();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SplicedPackage.write(wb, Map.of(sheet, w -> {
            SheetRows rows = new SheetRows(w);
            rows.row(bold, 60, "头", "键");
            rows.skip();
            rows.row(0, 0, "a", 1);
            assertThat(rows.count()).isEqualTo(3);
            return "A1:B3";
        }), out);
        try (XSSFWorkbook back = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = back.getSheet("明细");
            assertThat(s.getRow(0).getHeightInPoints()).isEqualTo(60f);
            assertThat(s.getRow(0).getCell(1).getCellStyle().getIndex()).isEqualTo((short) bold);
            assertThat(s.getRow(1) == null).as("row 2 left empty").isTrue();
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("a");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B3");
        }
    }

    @Test
    void columnNamesFollowExcel() {
        Map<Integer, String> expected = new LinkedHashMap<>(Map.of(0, "A", 25, "Z", 26, "AA", 701, "ZZ", 702, "AAA"));
        expected.put(16_383, "XFD");
        expected.forEach((index, name) -> assertThat(SheetRows.column(index)).isEqualTo(name));
    }

    private static XSSFSheet roundTrip(Object... values) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("s");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SplicedPackage.write(wb, Map.of(sheet, w -> {
            new SheetRows(w).row(0, 0, values);
            return null;
        }), out);
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray())).getSheet("s");
    }
}
