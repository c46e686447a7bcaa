package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.cli.HostileCorpusTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A return saved by LibreOffice as .ods is told how to save it as .xlsx from LibreOffice itself. */
class OdsTest {

    private static final String HOW = "请在 LibreOffice 中打开它，选「文件 → 另存为」，「保存类型」选「Excel 2007-365 (.xlsx)」";

    @TempDir
    Path dir;

    @Test
    void anOdsInAFolderIsSkippedWithHowToSaveItAsXlsx() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("报表"));
        ods(folder.resolve("湛河区民政局.ods"));
        Files.copy(Path.of("samples/returns/湛河区教育局.xlsx"), folder.resolve("湛河区教育局.xlsx"));

        Run run = HostileCorpusTest.run("verify", folder.toString());

        assertThat(run.out()).contains("– " + folder.resolve("湛河区民政局.ods") + "  LibreOffice 的 .ods 表格，已跳过：" + HOW);
    }

    @Test
    void anOdsNamedOnTheCommandLineIsUnreadableWithHowToSaveItAsXlsx() throws IOException {
        Path ods = ods(dir.resolve("湛河区民政局.ods"));

        Run run = HostileCorpusTest.run("verify", ods.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).contains("✗ " + ods + "  无法读取：").contains("OpenDocument").contains(HOW);
    }

    /** The parts by which an OpenDocument spreadsheet is known: its mimetype and content.xml. */
    private static Path ods(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
