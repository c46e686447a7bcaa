package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Return;
import nianbao.read.xls.HssfBook;
import nianbao.read.zip.ZipParts;
import nianbao.testing.Parts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, points 8 and 13, at the reader: every file is read within stated limits (past them it is
 * unreadable, saying which limit and where), and a damaged stored number is a finding at its cell, not a
 * failure of the whole file in a library's English.
 */
class ReaderLimitsTest {

    static final Path RETURN = Path.of("samples/returns/湛河区教育局.xlsx");
    static final Path XLS = Path.of("samples/returns/湛河区城市管理局.xls");
    static final String DATA_SHEET = "xl/worksheets/sheet1.xml";

    final ReturnReader reader = new ReturnReader();

    @TempDir
    Path dir;

    /** A number cell storing what no spreadsheet stores: not_a_number at that cell, the rest read. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "INF", "-INF", "1E999999999", "1e99999", "12abc", "--1", "1.2.3", "E5", "."})
    void aStoredNumberNoSpreadsheetWritesIsNotANumberAtItsCell(String stored) throws Exception {
        Return good = reader.read(RETURN);
        CellAddress cell = good.findCell("application.new.natural_person").orElseThrow();
        Map<String, byte[]> parts = Parts.of(RETURN);
        String sheet = new String(parts.get(DATA_SHEET), StandardCharsets.UTF_8);
        String edited = sheet.replaceFirst("(<c r=\"" + cell.a1() + "\"[^>]*>)<v>[^<]*</v>", "$1<v>" + stored + "</v>");
        assertThat(edited).isNotEqualTo(sheet);
        parts.put(DATA_SHEET, edited.getBytes(StandardCharsets.UTF_8));
        Path file = Parts.write(parts, dir.resolve("damaged.xlsx"));

        Return read = reader.read(file);

        assertThat(read.findings()).filteredOn(f -> f.code() == Code.NOT_A_NUMBER)
                .singleElement().satisfies(f -> assertThat(f.cell()).isEqualTo(cell));
        assertThat(read.values()).containsEntry("application.new.legal_service", good.values().get("application.new.legal_service"));
    }

    /** A part other than a sheet, too large to hold in memory, makes the file unreadable saying so. */
    @Test
    void aSharedStringsPartLargerThanTheReaderHoldsIsRefusedNamingIt() throws Exception {
        Map<String, byte[]> parts = Parts.of(RETURN);
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        int end = strings.indexOf("</sst>");
        StringBuilder padded = new StringBuilder(strings.substring(0, end));
        for (long i = 0; padded.length() < ZipParts.MAX_IN_MEMORY_PART_BYTES + (1 << 20); i++) {
            padded.append("<si><t>单位").append(i * 7919).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", padded.append(strings.substring(end)).toString().getBytes(StandardCharsets.UTF_8));
        Path file = Parts.write(parts, dir.resolve("strings.xlsx"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith(file + "：部件 xl/sharedStrings.xml 解压后超过 16 MB，超过读取上限");
    }

    /** A data sheet too large to hold in memory is streamed: the same values as the file it was made from. */
    @Test
    void aDataSheetLargerThanTheReaderHoldsIsStreamedAndReadWhole() throws Exception {
        Path file = Parts.write(Parts.of(RETURN), dir.resolve("tall.xlsx"), DATA_SHEET, 250_000,
                n -> "<row r=\"" + n + "\" s=\"1\" customFormat=\"1\"><c r=\"A" + n + "\" s=\"1\"/><c r=\"B" + n + "\" s=\"1\"/></row>");

        Return read = reader.read(file);

        assertThat(read.values()).isEqualTo(reader.read(RETURN).values());
        assertThat(read.findings()).isEqualTo(reader.read(RETURN).findings());
    }

    /** An .xls holding more cells (formatted blank ones too) than HSSF may build is refused before it is built. */
    @Test
    void anXlsWithMoreCellsThanTheLimitIsRefusedBeforeHssfBuildsIt() throws Exception {
        Path file = dir.resolve("blank-cells.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(XLS)); OutputStream out = Files.newOutputStream(file)) {
            Sheet junk = wb.createSheet("格式");
            var style = wb.createCellStyle();
            style.setWrapText(true);
            int columns = 20;
            for (int r = 0; r * columns <= HssfBook.MAX_RECORDS; r++) {
                Row row = junk.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellStyle(style);
                }
            }
            wb.write(out);
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith(file + "：工作簿中的单元格和行超过").hasMessageContaining("读取上限");
        assertThat(reader.read(XLS).values()).hasSize(200);
    }
}
