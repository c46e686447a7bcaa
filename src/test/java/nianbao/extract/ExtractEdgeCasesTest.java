package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.DisclosureItem;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.UnreadableException;
import nianbao.render.RenderFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a published report may hold that a rendered one does not: run-together digits, encodings, blanks, scans. */
class ExtractEdgeCasesTest {

    private static final Path SEED = Path.of("samples/seed-report.txt");

    @TempDir
    Path dir;

    @Test
    void aRowPrintingFewerNumbersThanCellsGivesMissingCellsNotAGuess() throws Exception {
        String text = Files.readString(SEED).replace("二、上年结转政府信息公开申请数量\t\t0\t0",
                "二、上年结转政府信息公开申请数量\t\t0");
        Return read = extract("fewer.txt", text.getBytes(StandardCharsets.UTF_8));

        for (Applicant col : Applicant.values()) {
            String key = Form.matrix(MatrixRow.CARRIED_OVER, col).key();
            assertThat(read.values()).as(key).doesNotContainKey(key);
            assertThat(read.findings()).as(key).anyMatch(f -> f.code() == Code.MISSING_CELL && f.keys().equals(List.of(key)));
        }
        assertThat(read.values()).hasSize(Form.SIZE - Applicant.values().length);
    }

    @Test
    void aMissingRowIsReportedAndTheRestIsRead() throws Exception {
        String text = Files.readString(SEED).lines().filter(l -> !l.startsWith("\t\t2.重复申请"))
                .reduce("", (a, b) -> a + b + "\n");
        Return read = extract("row-missing.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.findings()).extracting(Finding::code).containsOnly(Code.MISSING_CELL).hasSize(7);
        assertThat(read.findings()).allMatch(f -> f.keys().get(0).startsWith("application.declined.repeated."));
        assertThat(read.values()).hasSize(Form.SIZE - 7);
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0]),
                Arguments.of("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of("GB18030", new byte[0]),
                Arguments.of("GBK", new byte[0]));
    }

    @ParameterizedTest(name = "{0} with a {1}-byte mark")
    @MethodSource("encodings")
    void textInEveryEncodingReadsTheSame(String charset, byte[] mark) throws Exception {
        byte[] body = Files.readString(SEED).getBytes(Charset.forName(charset));
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);

        Return read = extract("encoded.txt", bytes);

        assertThat(read.agency()).isEqualTo("湛河区信访局");
        assertThat(read.values()).hasSize(Form.SIZE);
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void htmlBlanksWordsAndFullWidthDigitsAreReadAsPrinted() throws Exception {
        Return original = RandomReturns.of(7L);
        String html = RenderFormat.HTML.render(original);
        String licensing = Form.disclosure(DisclosureItem.LICENSING, "decisions").key();
        String penalty = Form.disclosure(DisclosureItem.PENALTY, "decisions").key();
        String coercion = Form.disclosure(DisclosureItem.COERCION, "decisions").key();
        html = replaceCell(html, original, licensing, "")
                .replace(cell(original, penalty), "<td colspan=\"3\" class=\"num\">无</td>")
                .replace(cell(original, coercion), "<td colspan=\"3\" class=\"num\">１２，３４５</td>");

        Return read = extract("cells.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(read.values()).doesNotContainKey(licensing);
        assertThat(read.values().get(penalty)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(read.values().get(coercion)).isEqualByComparingTo("12345");
        assertThat(read.findings()).extracting(f -> f.code() + " " + f.keys().get(0))
                .containsExactlyInAnyOrder("MISSING_CELL " + licensing, "TEXT_AS_ZERO " + penalty);
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> new Extractor().extract(pdf))
                .isInstanceOf(UnreadableException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("扫描件");
    }

    @Test
    void the2019FormatKeepsItsTableTwoOutOfThe2021Keys() throws Exception {
        String text = Files.readString(SEED)
                .replace("信息内容\t本年制发件数\t本年度止件数\t现行有效件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量");
        Extraction extraction = new Extractor().extract(write("trial.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(extraction.format()).isEqualTo(ReportFormat.F2019);
        assertThat(extraction.read().values().keySet()).noneMatch(k -> k.startsWith("disclosure."));
        assertThat(extraction.read().values()).hasSize(Form.SIZE - DisclosureItem.values().length - 4);
        assertThat(extraction.notes()).singleElement().asString().contains("2019年试行表式", "「规章」0、0、0");
    }

    private Return extract(String name, byte[] bytes) throws Exception {
        return new Extractor().extract(write(name, bytes)).read();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String cell(Return r, String key) {
        return "<td colspan=\"3\" class=\"num\">" + r.values().get(key).toPlainString() + "</td>";
    }

    private static String replaceCell(String html, Return r, String key, String text) {
        return html.replace(cell(r, key), "<td colspan=\"3\" class=\"num\">" + text + "</td>");
    }
}
