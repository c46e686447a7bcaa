package nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nianbao.testing.OoxmlSchemas.PartReport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator rejects what Excel would, names the part and the error, and forgives only {@code xml:space} on {@code <t>}. */
class OoxmlSchemasTest {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    static OoxmlSchemas schemas;

    @BeforeAll
    static void load() throws IOException {
        schemas = OoxmlSchemas.load();
    }

    @AfterAll
    static void close() throws IOException {
        schemas.close();
    }

    static String sheet(String inside) {
        return "<worksheet xmlns=\"" + MAIN + "\">" + inside + "</worksheet>";
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("columns after the data", WORKSHEET, sheet("<sheetData/><cols><col min=\"1\" max=\"1\" width=\"9\"/></cols>"),
                        "instead of 'cols@"),
                Arguments.of("a cell type that does not exist", WORKSHEET,
                        sheet("<sheetData><row r=\"1\"><c r=\"A1\" t=\"text\"><v>1</v></c></row></sheetData>"),
                        "ST_CellType in namespace " + MAIN + "\n      at /worksheet/sheetData/row[r=1]/c[r=A1]/t"),
                Arguments.of("another xml: attribute on <t>", WORKSHEET, sheet("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                        + "<is><t xml:lang=\"zh\">甲</t></is></c></row></sheetData>"), "lang@http://www.w3.org/XML/1998/namespace"),
                Arguments.of("xml:space on another element", WORKSHEET, sheet("<sheetData xml:space=\"preserve\"/>"), "space@http://www.w3.org/XML/1998/namespace in element sheetData@"),
                Arguments.of("an RGB colour without alpha", STYLES, "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font>"
                        + "<color rgb=\"9C0006\"/></font></fonts></styleSheet>", "ST_UnsignedIntHex"),
                Arguments.of("a workbook given as a worksheet", WORKSHEET, "<workbook xmlns=\"" + MAIN + "\"><sheets/></workbook>",
                        "is not a valid worksheet@"),
                Arguments.of("not well-formed", WORKSHEET, "<worksheet", "must start and end"),
                Arguments.of("a content type without a schema", "application/x-unknown", "<a/>", "application/x-unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void reportsThePartAndTheError(String what, String contentType, String xml, String named) {
        PartReport report = schemas.validate("xl/worksheets/sheet3.xml", contentType, xml.getBytes(StandardCharsets.UTF_8));

        assertThat(report.valid()).as(what + ": " + report).isFalse();
        assertThat(report.toString()).as(what).startsWith("xl/worksheets/sheet3.xml (").contains(named);
    }

    @Test
    void forgivesXmlSpaceOnTextLikeExcelWritesIt() {
        String xml = sheet("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 甲 </t></is></c></row></sheetData>");

        PartReport report = schemas.validate("xl/worksheets/sheet1.xml", WORKSHEET, xml.getBytes(StandardCharsets.UTF_8));

        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.schema()).isEqualTo("WorksheetDocument");
    }

    @Test
    void aReportShowsTheFirstFiveErrorsAndCountsTheRest() {
        PartReport report = new PartReport("xl/styles.xml", "StyleSheetDocument",
                IntStream.range(0, 8).mapToObj(i -> "error " + i).toList());

        assertThat(report.toString()).startsWith("xl/styles.xml (StyleSheetDocument): 8 error(s)")
                .contains("error 0", "error 4", "3 more").doesNotContain("error 5");
        assertThat(new PartReport("a.xml", "x", Collections.emptyList()).toString()).isEqualTo("a.xml (x): valid");
    }

    /** Loading the full schemas beside POI leaves POI working: it still writes a workbook. */
    @Test
    void poiStillWorksBesideTheSchemas() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            wb.createSheet("甲").createRow(0).createCell(0).setCellValue("乙");
            wb.write(out);
            assertThat(out.size()).isPositive();
        }
    }
}
