package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.testing.BadFile;
import nianbao.testing.Parts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, point 10: a valid package whose workbook part is not {@code xl/workbook.xml} is found through
 * the package relationships, as Excel, LibreOffice and openpyxl find it, and its sheets and shared strings
 * through the workbook's own relationships, relative or absolute.
 */
class MovedWorkbookPartTest {

    static final Path RETURN = Path.of("samples/returns/湛河区教育局.xlsx");

    final ReturnReader reader = new ReturnReader();

    @TempDir
    Path dir;

    /**
     * The template-filled return with its workbook part moved to {@code xl/main.xml} (the package
     * relationship's target relative or absolute), its shared strings to {@code xl/text/strings.xml}, and
     * every target of the workbook's relationships absolute.
     */
    Path moved(String mainTarget) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> part : Parts.of(RETURN).entrySet()) {
            String name = switch (part.getKey()) {
                case "xl/workbook.xml" -> "xl/main.xml";
                case "xl/_rels/workbook.xml.rels" -> "xl/_rels/main.xml.rels";
                case "xl/sharedStrings.xml" -> "xl/text/strings.xml";
                default -> part.getKey();
            };
            String text = new String(part.getValue(), StandardCharsets.UTF_8);
            text = switch (name) {
                case "_rels/.rels" -> text.replace("Target=\"xl/workbook.xml\"", "Target=\"" + mainTarget + "\"");
                case "[Content_Types].xml" -> text.replace("/xl/workbook.xml", "/xl/main.xml")
                        .replace("/xl/sharedStrings.xml", "/xl/text/strings.xml");
                case "xl/_rels/main.xml.rels" -> text.replace("Target=\"sharedStrings.xml\"", "Target=\"/xl/text/strings.xml\"")
                        .replace("Target=\"worksheets/", "Target=\"/xl/worksheets/");
                default -> null;
            };
            parts.put(name, text == null ? part.getValue() : text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new String(parts.get("_rels/.rels"), StandardCharsets.UTF_8)).contains(mainTarget);
        assertThat(new String(parts.get("xl/_rels/main.xml.rels"), StandardCharsets.UTF_8)).contains("/xl/text/strings.xml");
        return Parts.write(parts, dir.resolve("moved.xlsx"));
    }

    @ParameterizedTest(name = "package relationship target {0}")
    @ValueSource(strings = {"xl/main.xml", "/xl/main.xml"})
    void aMovedWorkbookPartReadsWithTheSameValuesFromMemoryAndFromDisk(String mainTarget) throws Exception {
        Path file = moved(mainTarget);
        Return original = reader.read(RETURN);

        for (Return read : new Return[] {reader.read(file), reader.read(file, null)}) {
            assertThat(read.values()).isEqualTo(original.values());
            assertThat(read.meta()).isEqualTo(original.meta());
            assertThat(read.findings()).isEqualTo(original.findings());
        }
    }

    /** POI, the oracle, opens the moved package too, and finds there the agency the reader found. */
    @Test
    void poiReadsTheSameAgencyFromTheMovedPackage() throws Exception {
        Path file = moved("xl/main.xml");
        Return read = reader.read(file);

        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            CellReference cell = new CellReference(wb.getName(MetaKey.AGENCY.key()).getRefersToFormula());
            String agency = new DataFormatter().formatCellValue(wb.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol()));
            assertThat(agency).isEqualTo(read.agency()).isEqualTo("湛河区教育局");
        }
    }

    /** A package whose relationships lead to a part that is no workbook still says what it seems to be. */
    @Test
    void aWordDocumentNamedXlsxStillSaysItIsOne() throws Exception {
        Path file = Files.write(dir.resolve("word.xlsx"), BadFile.docx("一份说明"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class).hasMessageContaining("Word 文档");
    }
}
