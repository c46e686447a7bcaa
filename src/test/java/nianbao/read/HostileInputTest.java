package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.model.Return;
import nianbao.read.zip.ZipParts;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import nianbao.testing.Seeds;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostileInputTest {

    static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
                Target="worksheets/sheet1.xml"/></Relationships>""";

    final ReturnReader reader = new ReturnReader();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            csv.xlsx    | 填报单位,年度\\n某局,2024\\n  | 纯文本或 CSV 文件
            pdf.xlsx    | %PDF-1.7\\n%âãÏÓ\\n          | PDF 文档
            page.xlsx   | <!DOCTYPE html><html></html> | 网页（HTML）文件
            empty.xlsx  |                              | 空文件
            """)
    void namesWhatAFileSeemsToBe(String name, String content, String seems) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content == null ? "" : content.replace("\\n", "\n"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(seems);
    }

    @Test
    void refusesRandomBytes() throws IOException {
        long seed = Seeds.take("random bytes", 7L);
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0x01;
        Path file = Files.write(dir.resolve("noise.xlsx"), bytes);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("noise.xlsx").hasMessageContaining("不是 Excel 工作簿");
    }

    @Test
    void refusesADirectory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.xlsx"));
        assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(UnreadableException.class).hasMessageContaining("文件夹");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.xlsx"))).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("gone.xlsx").hasMessageContaining("无法打开");
    }

    @Test
    void asksToRemoveThePasswordOfAnEncryptedXlsx() throws Exception {
        Path plain = OfficialLayoutFixture.zeros().names(true).write(dir.resolve("plain.xlsx"), Writer.POI_XLSX);
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessage(file + "：文件已加密，请去掉打开密码后重新提交");
    }

    @Test
    void asksToRemoveThePasswordOfAnEncryptedXls() throws Exception {
        Path file = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue("填报单位");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("文件已加密，请去掉打开密码后重新提交");
    }

    @Test
    void saysAWordDocumentIsOne() throws IOException {
        Path file = zip("report.xlsx", Map.of("word/document.xml", "<document/>"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class).hasMessageContaining("Word 文档");
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        Path whole = OfficialLayoutFixture.zeros().write(dir.resolve("whole.xlsx"), Writer.POI_XLSX);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("损坏");
    }

    @Test
    void refusesAZipBombSheetQuickly() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "xl/workbook.xml", WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", RELS);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("压缩炸弹").hasMessageContaining("压缩比");
    }

    @Test
    void refusesAPackageWithTooManyEntries() throws IOException {
        Path file = dir.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "xl/workbook.xml", WORKBOOK);
            for (int i = 0; i <= ZipParts.MAX_ENTRIES; i++) {
                put(zip, "junk/" + i, "");
            }
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class).hasMessageContaining("条目");
    }

    @Test
    void neverResolvesAnExternalEntity() throws IOException {
        String xxe = WORKBOOK.replace("<workbook", "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<workbook")
                .replace("name=\"表\"", "name=\"&xxe;\"");
        Path file = zip("xxe.xlsx", Map.of("xl/workbook.xml", xxe, "xl/_rels/workbook.xml.rels", RELS,
                "xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("无法解析").hasMessageNotContaining("root:");
    }

    @Test
    void refusesEntityExpansion() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE workbook [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = WORKBOOK.replace("<workbook", dtd + "]>\n<workbook").replace("name=\"表\"", "name=\"&l9;\"");
        Path file = zip("laughs.xlsx", Map.of("xl/workbook.xml", bomb, "xl/_rels/workbook.xml.rels", RELS));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class).hasMessageContaining("无法解析");
    }

    @Test
    void readsAWorkbookWithoutTheFormAsUnreadable() throws IOException {
        Path file = zip("other.xlsx", Map.of("xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", RELS,
                "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工资表</t></is></c>"
                        + "</row></sheetData></worksheet>"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableException.class).hasMessageContaining("找不到年报表格");
    }

    @Test
    void readsAnXlsmWithMacrosWithoutRunningThem() throws Exception {
        Path xlsx = OfficialLayoutFixture.zeros().names(true).write(dir.resolve("m.xlsx"), Writer.POI_XLSX);
        Path xlsm = Files.copy(xlsx, dir.resolve("m.xlsm"));
        Return r = reader.read(xlsm);
        assertThat(r.values()).hasSize(200);
    }

    private Path zip(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
