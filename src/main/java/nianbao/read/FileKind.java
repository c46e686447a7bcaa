package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nianbao.io.InputFiles;
import nianbao.read.zip.ZipParts;

/** What a file is, judged from its first bytes and never from its name. */
public enum FileKind {
    ZIP("ZIP 压缩包"),
    OLE2("OLE2 复合文档"),
    EMPTY("空文件（0 字节）"),
    PDF("PDF 文档"),
    HTML("网页（HTML）文件"),
    XML("XML 文件"),
    RTF("RTF 文档"),
    TEXT("纯文本或 CSV 文件"),
    IMAGE("图片文件"),
    RAR("RAR 或 7z 压缩包"),
    UNKNOWN("无法识别格式的文件");

    private final String chinese;

    FileKind(String chinese) {
        this.chinese = chinese;
    }

    /** How a clerk would call this kind of file. */
    public String chinese() {
        return chinese;
    }

    /** The kind of a file, from its first 512 bytes. */
    public static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        return of(head);
    }

    static FileKind of(byte[] head) {
        if (head.length == 0) {
            return EMPTY;
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04) || starts(head, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (starts(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (starts(head, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (starts(head, 0x89, 'P', 'N', 'G') || starts(head, 0xFF, 0xD8, 0xFF) || starts(head, 'G', 'I', 'F', '8')) {
            return IMAGE;
        }
        if (starts(head, 'R', 'a', 'r', '!') || starts(head, '7', 'z', 0xBC, 0xAF)) {
            return RAR;
        }
        return textKind(head);
    }

    private static FileKind textKind(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return HTML;
        }
        if (text.startsWith("<?xml") || text.startsWith("<")) {
            return XML;
        }
        long control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                control++;
            }
        }
        return control == 0 ? TEXT : UNKNOWN;
    }

    private static boolean starts(byte[] head, int... magic) {
        return head.length >= magic.length
                && Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** What a zip without a workbook seems to be, for the message. */
    public static String describeZip(ZipParts zip) {
        if (zip.has("word/document.xml")) {
            return "看起来是 Word 文档";
        }
        if (zip.has("ppt/presentation.xml")) {
            return "看起来是 PowerPoint 演示文稿";
        }
        if (zip.has("content.xml")) {
            return "看起来是 OpenDocument 文档（如 LibreOffice 的 .ods）：" + InputFiles.SAVE_AS_XLSX;
        }
        return "只是普通压缩包";
    }
}
