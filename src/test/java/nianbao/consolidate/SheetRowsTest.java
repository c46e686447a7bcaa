package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SheetRowsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("甲局", "甲局"),
                Arguments.of("=SUM(A1:A2)", "=SUM(A1:A2)"),
                Arguments.of("a & b < c > d \"e\" 'f'", "a & b < c > d \"e\" 'f'"),
                Arguments.of("  前后空格  ", "  前后空格  "),
                Arguments.of("行一\n行二\t制表", "行一\n行二\t制表"),
                Arguments.of("控制\u0001字符\u001f\u001B[31m", "控制\u0001字符\u001f\u001B[31m"),
                Arguments.of("像转义的 _x0041_ 和 _x005F_ 与 _x12", "像转义的 _x0041_ 和 _x005F_ 与 _x12"),
                Arguments.of("x".repeat(40_000), "x".repeat(SheetRows.MAX_TEXT)));
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
        int bold = SummaryBase.load().style(BaseWorkbook.AddedStyle.HEAD);
        byte[] xlsx = WorkbookPackageTest.write(new AddedSheet.Streamed("明细", 1, 2, List.of(), PageSetup.fitToWidth(true, 2), rows -> {
            rows.row(bold, 60, "头", "键");
            rows.skip();
            rows.row(0, 0, "a", 1);
            assertThat(rows.count()).isEqualTo(3);
            return "A1:B3";
        }));
        try (XSSFWorkbook back = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            XSSFSheet s = back.getSheet("明细");
            assertThat(s.getRow(0).getHeightInPoints()).isEqualTo(60f);
            assertThat(s.getRow(0).getCell(1).getCellStyle().getIndex()).isEqualTo((short) bold);
            assertThat(s.getRow(1) == null).as("row 2 left empty").isTrue();
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("a");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B3");
        }
    }

    /** The exact bytes of a row: every kind of cell and every character class the escaping knows. */
    @Test
    void writesTheExpectedSpreadsheetMlBytes() throws IOException {
        String text = "a&b<c>d\r\n\t\u0001\"'甲é\uD840\uDC00|\uD840|\uDC00|\uFFFE|_x0041_";
        assertThat(xml(rows -> rows.row(7, 60, text, null, 12, new BigDecimal("1.50"), 31_457L))).isEqualTo(
                "<row r=\"1\" ht=\"60.0\" customHeight=\"1\"><c r=\"A1\" s=\"7\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        + "a&amp;b&lt;c&gt;d&#13;\n\t_x0001_\"'甲é\uD840\uDC00|?|?|_xFFFE_|_x005F_x0041_</t></is></c>"
                        + "<c r=\"C1\" s=\"7\"><v>12</v></c><c r=\"D1\" s=\"7\"><v>1.50</v></c><c r=\"E1\" s=\"7\"><v>31457</v></c></row>");
    }

    @Test
    void textCutAtExcelsLimitLeavesNoHalfCharacter() throws IOException {
        String text = "x".repeat(SheetRows.MAX_TEXT - 1) + "\uD840\uDC00";
        assertThat(xml(rows -> rows.row(0, 0, text))).contains("x".repeat(SheetRows.MAX_TEXT - 1) + "?</t>");
    }

    static Stream<Arguments> numbers() {
        long seed = Seeds.take("SheetRowsTest.numbers", 20_251_125L);
        Random rnd = new Random(seed);
        Stream<BigDecimal> fixed = Stream.of("0", "0.00", "-0.5", "5", "-5", "0.012300", "12.50", "1E+3", "-1E+2", "0E+3",
                "123456789.123456789", "0.000000000001").map(BigDecimal::new);
        Stream<BigDecimal> edges = Stream.of(BigDecimal.valueOf(Long.MAX_VALUE, 0), BigDecimal.valueOf(Long.MIN_VALUE, 3),
                BigDecimal.valueOf(-Long.MAX_VALUE, 19), BigDecimal.valueOf(7, 127), BigDecimal.valueOf(-7, -128));
        Stream<BigDecimal> random = Stream.generate(() -> BigDecimal.valueOf(rnd.nextLong() >> rnd.nextInt(64), rnd.nextInt(30) - 5))
                .limit(500);
        return Stream.of(fixed, edges, random).flatMap(x -> x).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void digitsOfALongAreWrittenAsTheDecimalsPlainString(BigDecimal d) throws IOException {
        String fromDigits = xml(rows -> {
            rows.start(0, 0);
            rows.number(0, d.unscaledValue().longValueExact(), d.scale());
            rows.end();
        });
        assertThat(fromDigits).isEqualTo(xml(rows -> rows.row(0, 0, d))).contains(d.toPlainString());
    }

    @Test
    void columnNamesFollowExcel() {
        Map<Integer, String> expected = new LinkedHashMap<>(Map.of(0, "A", 25, "Z", 26, "AA", 701, "ZZ", 702, "AAA"));
        expected.put(16_383, "XFD");
        expected.forEach((index, name) -> assertThat(SheetRows.column(index)).isEqualTo(name));
    }

    /** Writes rows. */
    @FunctionalInterface
    interface Rows {
        void write(SheetRows rows) throws IOException;
    }

    private static String xml(Rows body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetRows rows = new SheetRows(out);
        body.write(rows);
        rows.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static XSSFSheet roundTrip(Object... values) throws IOException {
        byte[] xlsx = WorkbookPackageTest.write(new AddedSheet.Streamed("s", 0, 0, List.of(), PageSetup.fitToWidth(false, 0), rows -> {
            rows.row(0, 0, values);
            return null;
        }));
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx)).getSheet("s");
    }
}
