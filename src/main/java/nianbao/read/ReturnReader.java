package nianbao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.model.Return;
import nianbao.read.label.LabelLayout;
import nianbao.read.ooxml.OoxmlBook;
import nianbao.read.xls.HssfBook;
import nianbao.read.zip.Inflaters;
import nianbao.read.zip.ZipParts;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads one return from a workbook file, whatever it really is: .xlsx/.xlsm through its defined names
 * (fast StAX path) or its printed labels, .xls through POI HSSF. Thread-safe; what files of one template
 * share is remembered in its {@link LayoutCache}, which a reader owns or is given.
 */
public final class ReturnReader {

    /** The message for a password-protected workbook. */
    public static final String ENCRYPTED = "文件已加密，请去掉打开密码后重新提交";

    /** What to do about a damaged file. */
    public static final String RESAVE = "请用 Excel 或 WPS 打开后重新保存，再提交";

    /** Files up to this size are read into memory once; larger ones are read part by part from disk. */
    public static final long MAX_IN_MEMORY_BYTES = 16L << 20;

    private final LayoutCache cache;
    private final Inflaters inflaters = new Inflaters();

    /** A reader with a cache of its own. */
    public ReturnReader() {
        this(new LayoutCache());
    }

    /** A reader that remembers in {@code cache}, which other readers of the same run may share. */
    public ReturnReader(LayoutCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Reads a return; cell-level problems become findings, a file that is no workbook an exception. */
    public Return read(Path file) throws UnreadableException {
        return read(file, content(file));
    }

    /**
     * The bytes of a regular file of at most {@link #MAX_IN_MEMORY_BYTES}, or null (a larger file, a
     * folder, a file that cannot be read: {@link #read(Path, byte[])} then reads it from disk and says why).
     */
    public static byte[] content(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_IN_MEMORY_BYTES ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads a return from {@code content}, the bytes just read from {@code file} ({@link #content}),
     * or from the file itself when {@code content} is null.
     */
    public Return read(Path file, byte[] content) throws UnreadableException {
        String source = FileNames.shown(file);
        if (Files.isDirectory(file)) {
            throw new UnreadableException(source + "：这是一个文件夹，不是 Excel 文件");
        }
        if (content == null && Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UnreadableException(source + "：不是普通文件（可能是命名管道、设备，或链接指向的文件不存在），未读取；请提交报表文件本身");
        }
        FileKind kind;
        try {
            kind = content != null ? FileKind.of(Arrays.copyOf(content, Math.min(content.length, 512))) : FileKind.of(file);
        } catch (IOException e) {
            throw new UnreadableException(source + "：无法打开文件（不存在、权限不足或被其他程序占用）", e);
        }
        return switch (kind) {
            case ZIP -> readOoxml(source, file, content);
            case OLE2 -> readOle2(source, file);
            default -> throw new UnreadableException(source + "：不是 Excel 工作簿，看起来是" + kind.chinese()
                    + "；请提交 .xlsx 或 .xls 格式的报表");
        };
    }

    private Return readOoxml(String source, Path file, byte[] content) throws UnreadableException {
        try (ZipParts zip = content != null ? ZipParts.open(file, content, inflaters) : ZipParts.open(file);
             OoxmlBook book = OoxmlBook.open(source, zip, cache)) {
            return assemble(source, book);
        } catch (ZipException e) {
            throw new UnreadableException(source + "：文件已损坏或不完整（压缩结构错误），请重新保存后提交", e);
        } catch (IOException e) {
            throw new UnreadableException(source + "：无法读取文件（" + Failure.describe(e) + "）；请重新保存后提交", e);
        } catch (XMLStreamException e) {
            throw new UnreadableException(source + "：工作簿结构无法解析（" + Failure.describe(e) + "），文件可能已损坏；" + RESAVE, e);
        } catch (ZipParts.ZipLimitException e) {
            throw new UnreadableException(source + "：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UnreadableException(source + "：文件已损坏，无法读取（" + Failure.describe(e) + "）；" + RESAVE, e);
        }
    }

    private Return readOle2(String source, Path file) throws UnreadableException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new UnreadableException(source + "：" + ENCRYPTED);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book") || root.hasEntry("WORKBOOK")) {
                return assemble(source, HssfBook.read(source, root));
            }
            String what = root.hasEntry("WordDocument") ? "Word 文档（.doc）"
                    : root.hasEntry("PowerPoint Document") ? "PowerPoint 演示文稿" : "其他 Office 复合文档";
            throw new UnreadableException(source + "：不是 Excel 工作簿，看起来是" + what + "；请提交 .xlsx 或 .xls 格式的报表");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(source + "：文件已损坏或不完整，无法读取（" + Failure.describe(e) + "）；" + RESAVE, e);
        }
    }

    private Return assemble(String source, Book book) throws UnreadableException {
        Layout layout = NamedLayout.locate(book.names(), cache).orElse(null);
        if (layout == null) {
            layout = LabelLayout.locate(source, book, cache);
        } else {
            book.want(layout);
        }
        return ReturnBuilder.build(source, book, layout, cache);
    }
}
