package nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The wrong, damaged and hostile files that arrive by e-mail, made on demand: each writes itself under
 * a given name (whatever its extension) from a good file of the right kind where it needs one.
 */
public enum BadFile {
    EMPTY((target, good) -> Files.write(target, new byte[0])),
    RANDOM_BYTES((target, good) -> Files.write(target, noise(20240607L))),
    CSV((target, good) -> Files.writeString(target, "填报单位,年度,新收申请\n某局,2024,3\n", StandardCharsets.UTF_8)),
    WORD((target, good) -> Files.write(target, docx("这是一份 Word 文档"))),
    PDF((target, good) -> Files.write(target, pdf())),
    ZIP_WITHOUT_WORKBOOK((target, good) -> Files.write(target, zip("说明.txt", "没有工作簿"))),
    TRUNCATED((target, good) -> {
        byte[] bytes = Files.readAllBytes(good);
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }),
    DIRECTORY((target, good) -> Files.createDirectory(target)),
    ENCRYPTED_OOXML((target, good) -> Files.write(target, encrypted(Files.readAllBytes(good)))),
    ENCRYPTED_XLS((target, good) -> Files.write(target, encryptedXls()));

    /** Writes one bad file. */
    @FunctionalInterface
    interface Maker {
        Path make(Path target, Path good) throws IOException;
    }

    private final Maker maker;

    BadFile(Maker maker) {
        this.maker = maker;
    }

    /**
     * Writes this bad file at {@code target}; {@code good} is a whole file of the kind a command reads
     * (a workbook, a .docx), truncated or encrypted by the kinds that need one.
     */
    public Path make(Path target, Path good) throws IOException {
        return maker.make(target, good);
    }

    /** The seeded random bytes of {@link #RANDOM_BYTES} (the first byte no magic number starts with). */
    public static byte[] noise(long seed) {
        Seeds.note("BadFile noise", seed);
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0x01;
        return bytes;
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** An OOXML package (workbook or Word document) encrypted with a password, as Office does it. */
    public static byte[] encrypted(byte[] plain) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An .xls workbook saved with an opening password. */
    public static byte[] encryptedXls() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue("填报单位");
            wb.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
