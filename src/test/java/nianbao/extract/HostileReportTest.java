package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nianbao.read.UnreadableException;
import nianbao.testing.BadFile;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published reports made to cause harm: entities, bombs and oversized files, for every parser extract uses. */
class HostileReportTest {

    static final String XXE = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    @TempDir
    Path dir;

    @Test
    void aWordDocumentNeverResolvesAnExternalEntity() throws Exception {
        Path docx = docxWithDocument(document -> document.replace("<w:document", XXE + "<w:document")
                .replace("一、总体情况", "&xxe;"));

        String outcome = outcome(docx);

        assertThat(outcome).doesNotContain("root:").contains(docx.toString());
    }

    @Test
    void aWordDocumentWithEntityExpansionIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path docx = docxWithDocument(document -> document.replace("<w:document", dtd + "]><w:document")
                .replace("一、总体情况", "&l9;"));

        assertThatThrownBy(() -> new Extractor().extract(docx)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining(docx.toString()).hasMessageNotContaining("lollollol");
    }

    @Test
    void aWebPageNeverResolvesEntitiesItDeclares() {
        String html = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><p>填报单位：&xxe;</p></body></html>";

        PrintedReport report = HtmlSource.parse("page.html", html);

        assertThat(report.rows().toString()).doesNotContain("root:").contains("&xxe;");
    }

    @Test
    void aWordDocumentThatIsAZipBombIsRefused() throws Exception {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        Path docx = dir.resolve("bomb.docx");
        Map<String, byte[]> parts = parts(Files.write(dir.resolve("good.docx"), BadFile.docx("一、总体情况")));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                if (part.getKey().equals("word/document.xml")) {
                    for (int i = 0; i < 300; i++) {
                        zip.write(spaces);
                    }
                }
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> new Extractor().extract(docx)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining(docx.toString()).hasMessageContaining("疑似压缩炸弹");
    }

    @Test
    void aPdfWhosePageInflatesToHalfAGigabyteIsReadAsAStreamNotKeptInMemory() throws Exception {
        Path pdf = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream content = doc.getDocument().createCOSStream();
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            try (OutputStream raw = content.createRawOutputStream();
                 DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                for (int i = 0; i < 512; i++) {
                    deflate.write(spaces);
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> new Extractor().extract(pdf)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining(pdf.toString()).hasMessageContaining("没有可提取的文字");
    }

    @Test
    void aReportLargerThanAnyRealOneIsRefusedBeforeItIsParsed() throws Exception {
        Path html = dir.resolve("huge.html");
        try (RandomAccessFile file = new RandomAccessFile(html.toFile(), "rw")) {
            file.setLength(Extractor.MAX_TEXT_BYTES + 1);
        }

        assertThatThrownBy(() -> new Extractor().extract(html)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining(html.toString()).hasMessageContaining("超过报告文件的上限 " + (Extractor.MAX_TEXT_BYTES >> 20) + " MB");
    }

    interface Edit {
        String apply(String document);
    }

    private Path docxWithDocument(Edit edit) throws IOException {
        Map<String, byte[]> parts = parts(Files.write(dir.resolve("good.docx"), BadFile.docx("一、总体情况")));
        parts.computeIfPresent("word/document.xml", (k, v) -> edit.apply(new String(v, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        Path docx = dir.resolve("hostile.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return docx;
    }

    private static Map<String, byte[]> parts(Path zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                parts.put(e.getName(), in.getInputStream(e).readAllBytes());
            }
        }
        return parts;
    }

    /** What extract makes of a file: its text read, or the refusal. */
    private static String outcome(Path file) {
        try {
            return file + " " + new Extractor().extract(file).read();
        } catch (UnreadableException e) {
            return e.getMessage();
        }
    }
}
