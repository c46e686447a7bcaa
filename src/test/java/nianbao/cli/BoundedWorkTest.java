package nianbao.cli;

import static nianbao.cli.HostileCorpusTest.assertNoStackTrace;
import static nianbao.cli.HostileCorpusTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.testing.Parts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 8: one file's work is bounded, so that a huge file never sinks the run. Each case runs
 * nianbao as a user does, in a JVM of its own with {@code -Xmx256m}, on files built here.
 */
class BoundedWorkTest {

    static final Path NAMED = Path.of("samples/returns/湛河区教育局.xlsx");
    static final Path LABELLED = Path.of("samples/returns/北渡镇人民政府.xlsx");
    static final Path GOOD = Path.of("samples/returns/九龙街道办事处.xlsx");
    static final String DATA_SHEET = "xl/worksheets/sheet1.xml";
    static final int MILLION = 1_000_000;

    @TempDir
    Path dir;

    /**
     * A return whose data sheet has a million formatted empty rows after its tables, read by its defined
     * names, another read by its printed labels, and a return with more cells with content than the reader
     * keeps, beside a good return: the first two read whole, the third unreadable naming its sheet, the
     * good one summed, both outputs written.
     */
    @Test
    void aMillionFormattedEmptyRowsDoNotSinkAConsolidationUnderASmallHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("returns"));
        Path named = Parts.write(Parts.of(NAMED), in.resolve("教育局.xlsx"), DATA_SHEET, MILLION, BoundedWorkTest::formattedRow);
        Path labelled = Parts.write(Parts.withoutNames(Parts.of(LABELLED)), in.resolve("北渡镇.xlsx"), DATA_SHEET, MILLION,
                BoundedWorkTest::formattedRow);
        Path crowded = Parts.write(Parts.withoutNames(Parts.of(GOOD)), in.resolve("挤满.xlsx"), DATA_SHEET, 120_000,
                n -> "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"B" + n + "\"><v>1</v></c></row>");
        Files.copy(GOOD, in.resolve("九龙街道办事处.xlsx"));
        assertThat(Files.size(named)).as("a few MB on disk, like the file of the issue").isBetween(3L << 20, 12L << 20);
        Path json = dir.resolve("报告.json");

        Run run = SmallHeap.run(dir, "consolidate", in.toString(), "-o", dir.resolve("汇总.xlsx").toString(),
                "--json", json.toString(), "--quiet");

        assertThat(run.code()).as(run.err()).isEqualTo(Main.INVALID);
        assertNoStackTrace(run);
        JsonNode files = new ObjectMapper().readTree(json.toFile()).get("files");
        assertThat(files).hasSize(4);
        assertSameValues(entry(files, named), NAMED);
        assertSameValues(entry(files, labelled), LABELLED);
        assertSameValues(entry(files, in.resolve("九龙街道办事处.xlsx")), GOOD);
        JsonNode tooMany = entry(files, crowded);
        assertThat(tooMany.get("status").asText()).isEqualTo("unreadable");
        assertThat(tooMany.get("reason").asText()).startsWith(crowded.toString()).contains("工作表「年报数据」")
                .contains("超过").contains("读取上限");
        assertThat(new ReturnReader().read(dir.resolve("汇总.xlsx")).values()).isNotEmpty();
        try (var left = Files.list(SmallHeap.temporaryFolder(dir))) {
            assertThat(left).as("spill files left behind").isEmpty();
        }
    }

    /** A Word report with a 50,000-row table beside a good report: the table refused, the good one read. */
    @Test
    void aWordReportWithFiftyThousandTableRowsDoesNotSinkAnExtraction() throws Exception {
        Path in = Files.createDirectories(dir.resolve("reports"));
        Path docx = wordTable(in.resolve("巨表.docx"), 50_000);
        Files.copy(HostileCorpusTest.SEED_REPORT, in.resolve("good.txt"));

        Run run = SmallHeap.run(dir, "extract", "--json", in.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.INVALID);
        assertNoStackTrace(run);
        JsonNode files = run.json().get("files");
        assertThat(entry(files, docx).get("status").asText()).isEqualTo("unreadable");
        assertThat(entry(files, docx).get("reason").asText()).contains(docx.toString()).contains("读取上限");
        assertThat(entry(files, in.resolve("good.txt")).get("status").asText()).isEqualTo("ok");
    }

    /** A formatted empty row, as a spreadsheet writes one whose cells were given a style and nothing else. */
    static String formattedRow(int n) {
        return "<row r=\"" + n + "\" s=\"1\" customFormat=\"1\"><c r=\"A" + n + "\" s=\"1\"/><c r=\"B" + n + "\" s=\"1\"/></row>";
    }

    /** A Word document of one paragraph and a table of {@code rows} rows of seven numbers. */
    static Path wordTable(Path file, int rows) throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\"><w:body>"
                    + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:tbl>");
            for (int r = 0; r < rows; r++) {
                StringBuilder row = new StringBuilder("<w:tr>");
                for (int c = 0; c < 7; c++) {
                    row.append("<w:tc><w:p><w:r><w:t>").append(r * 7 + c).append("</w:t></w:r></w:p></w:tc>");
                }
                write(zip, row.append("</w:tr>").toString());
            }
            write(zip, "</w:tbl></w:body></w:document>");
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file read in the run is ok with exactly the values its source has read alone. */
    private static void assertSameValues(JsonNode file, Path source) throws Exception {
        Return alone = new ReturnReader().read(source);
        assertThat(file.get("status").asText()).as(file.get("file").asText()).isEqualTo("ok");
        Map<String, BigDecimal> values = alone.values();
        assertThat(file.get("values").size()).isEqualTo(values.size());
        values.forEach((key, value) ->
                assertThat(new BigDecimal(file.get("values").get(key).asText())).as(key).isEqualByComparingTo(value));
    }
}
