package nianbao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nianbao.io.InputFiles;
import nianbao.read.FileKind;
import nianbao.read.UnreadableException;

/**
 * Reads a published annual report (.txt or .md, .html/.htm, .docx, .pdf) into the form's values: each
 * source is reduced to printed rows, then one {@link Locator} finds the tables by their labels.
 * Stateless and thread-safe.
 */
public final class Extractor {

    /** The extensions of the reports nianbao reads. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "docx", "pdf");

    /** Reads one report; a file that cannot be read at all throws with a Chinese message naming it. */
    public Extraction extract(Path file) throws UnreadableException {
        Extraction extraction = Locator.locate(rows(file));
        if (extraction.read().values().isEmpty()) {
            throw new UnreadableException("文件 " + file + " 中找不到年度报告的表格（一个数字也没有取到）；"
                    + "请确认这是政府信息公开工作年度报告，或改用网页、Word 版本");
        }
        return extraction;
    }

    /** The largest text or web-page report read (parsed whole in memory); real ones are well under 1 MB. */
    static final long MAX_TEXT_BYTES = 5L << 20;
    /** The largest Word or PDF report read; real ones, pictures included, are a few MB. */
    static final long MAX_DOCUMENT_BYTES = 100L << 20;
    /** The most printed rows (table rows and lines of text) of a report read; a real one has a few hundred. */
    static final int MAX_ROWS = 10_000;

    /** The printed rows of a report, whatever its kind. */
    static PrintedReport rows(Path file) throws UnreadableException {
        String extension = InputFiles.extension(file.getFileName().toString());
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UnreadableException("文件 " + file + " 不是普通文件（可能是文件夹、命名管道或设备），未读取；请提交报告文件本身");
        }
        checkSize(file, extension.equals("docx") || extension.equals("pdf") ? MAX_DOCUMENT_BYTES : MAX_TEXT_BYTES);
        checkKind(file, extension);
        PrintedReport report = switch (extension) {
            case "txt", "md" -> TextSource.read(file);
            case "html", "htm" -> HtmlSource.read(file);
            case "docx" -> DocxSource.read(file);
            case "pdf" -> PdfSource.read(file);
            default -> throw new UnreadableException("文件 " + file + " 不是可读取的报告类型（"
                    + String.join("、", EXTENSIONS.stream().sorted().toList()) + "）");
        };
        if (report.rows().size() > MAX_ROWS) {
            throw new UnreadableException("文件 " + file + " 有 " + report.rows().size() + " 行文字和表格，超过读取上限 " + MAX_ROWS
                    + " 行，不像是一份年度报告（一份年报只有几百行）；请只提交年度报告本身");
        }
        return report;
    }

    /** Refuses a .docx or .pdf that is something else (judged from its bytes), saying what it seems to be. */
    private static void checkKind(Path file, String extension) throws UnreadableException {
        FileKind expected = extension.equals("docx") ? FileKind.ZIP : extension.equals("pdf") ? FileKind.PDF : null;
        FileKind kind = expected == null ? null : kind(file);
        if (kind == FileKind.OLE2 && expected == FileKind.ZIP) {
            throw new UnreadableException(DocxSource.oldOrEncrypted(file));
        }
        if (kind != expected) {
            throw new UnreadableException("文件 " + file + " 不是" + (expected == FileKind.ZIP ? " Word（.docx）文档" : " PDF 文档")
                    + "，看起来是" + kind.chinese() + "；请提交年度报告的网页、Word（.docx）或 PDF 版本");
        }
    }

    private static FileKind kind(Path file) throws UnreadableException {
        try {
            return FileKind.of(file);
        } catch (IOException e) {
            throw new UnreadableException("无法打开文件 " + file + "（不存在、权限不足或被其他程序占用）", e);
        }
    }

    /** Refuses a file too large to be a report before any of it is parsed. */
    private static void checkSize(Path file, long limit) throws UnreadableException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableException("无法打开文件 " + file + "（不存在、权限不足或被其他程序占用）", e);
        }
        if (size > limit) {
            throw new UnreadableException("文件 " + file + " 有 " + (size >> 20) + " MB，超过报告文件的上限 " + (limit >> 20)
                    + " MB，不像是一份年度报告，已拒绝读取");
        }
    }
}
