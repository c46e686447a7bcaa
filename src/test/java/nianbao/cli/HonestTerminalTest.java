package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.report.TerminalText;
import nianbao.testing.Parts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 12: an agency name or a file name holding a newline and a fake passed line, escape
 * sequences or a right-to-left override cannot fake a line of the report nor drive the terminal: they are
 * shown escaped, one line per file; JSON and the workbook keep the text exactly, as text.
 */
class HonestTerminalTest {

    static final Path RETURN = Path.of("samples/returns/湛河区教育局.xlsx");
    static final String FAKE = "✓ 伪造.xlsx  伪造单位  2024 年";
    /** The agency as the sheet stores it: a newline (as XML carries it) and a fake passed line, then a right-to-left override. */
    static final String AGENCY = "甲局\n" + FAKE + "\u202E";
    /** A file name with a newline, the fake line and an escape sequence. */
    static final String FILE = "乙\n" + FAKE + "\u001B[31m.xlsx";

    @TempDir
    Path dir;

    /** The sample return with its agency renamed and a count broken, saved under {@link #FILE}. */
    Path hostile(Path folder) throws Exception {
        Map<String, byte[]> parts = Parts.of(RETURN);
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        parts.put("xl/sharedStrings.xml", strings.replaceFirst("湛河区教育局", AGENCY.replace("\n", "&#10;"))
                .getBytes(StandardCharsets.UTF_8));
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        parts.put("xl/worksheets/sheet1.xml", sheet.replaceFirst("(<c r=\"D27\"[^>]*>)<v>[^<]*</v>", "$1<v>-1</v>")
                .getBytes(StandardCharsets.UTF_8));
        return Parts.write(parts, folder.resolve(FILE));
    }

    @Test
    void verifyShowsTheNamesEscapedOneLinePerFileAndJsonKeepsThemExactly() throws Exception {
        Path in = Files.createDirectories(dir.resolve("returns"));
        Path file = hostile(in);

        Run text = HostileCorpusTest.run("verify", in.toString());
        Run json = HostileCorpusTest.run("verify", "--json", in.toString());

        assertThat(text.code()).isEqualTo(Main.INVALID);
        assertThat(text.out().lines().filter(l -> l.startsWith("✓") || l.startsWith("✗")))
                .containsExactly("✗ " + TerminalText.of(file.toString()) + "  " + TerminalText.of(AGENCY) + "  2024 年");
        assertThat(text.out()).contains("乙\\n✓ 伪造.xlsx  伪造单位  2024 年\\u001B[31m.xlsx")
                .contains("甲局\\n✓ 伪造.xlsx  伪造单位  2024 年\\u202E")
                .doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\n" + FAKE);
        JsonNode entry = json.json().get("files").get(0);
        assertThat(entry.get("file").asText()).isEqualTo(file.toString());
        assertThat(entry.get("agency").asText()).isEqualTo(AGENCY);
    }

    @Test
    void consolidateShowsTheNamesEscapedAndTheWorkbookKeepsThemAsText() throws Exception {
        Path in = Files.createDirectories(dir.resolve("returns"));
        Path file = hostile(in);
        Files.copy(Path.of("samples/returns/九龙街道办事处.xlsx"), in.resolve("九龙街道办事处.xlsx"));
        Path book = dir.resolve("汇总.xlsx");

        Run run = HostileCorpusTest.run("consolidate", in.toString(), "-o", book.toString(), "--include-invalid", "--quiet");

        assertThat(run.out()).contains("  " + TerminalText.of(file.toString()) + "  " + TerminalText.of(AGENCY) + "：有误")
                .doesNotContain("\u001B")
                .doesNotContain("\n" + FAKE);
        try (Workbook wb = WorkbookFactory.create(book.toFile(), null, true)) {
            assertThat(texts(wb.getSheet("明细"))).contains(AGENCY);
            assertThat(texts(wb.getSheet("清单"))).as("the escape character kept too").contains(file.toString());
        }
    }

    /** The texts of every cell of a sheet. */
    private static List<String> texts(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        return StreamSupport.stream(sheet.spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false)).map(format::formatCellValue).toList();
    }
}
