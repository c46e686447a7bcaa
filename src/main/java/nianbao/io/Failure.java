package nianbao.io;

import java.io.CharConversionException;
import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;

/**
 * What went wrong, in Chinese words a clerk can act on, for an exception thrown by the system or a
 * library; the library's own (English) words are added only while technical detail is asked for
 * ({@code --debug}). The one place where an exception's message is turned into text for a user.
 */
public final class Failure {

    /** An exception whose message is already Chinese, written for the user: shown as it is. */
    public interface Explained {
    }

    /** The operating system's words for a failure (strerror), as Java passes them on, and ours. */
    private record Known(String english, String chinese) {
    }

    private static final List<Known> SYSTEM = List.of(
            new Known("no space left on device", "磁盘空间不足，请腾出空间后重试"),
            new Known("disk quota exceeded", "磁盘配额已用完，请腾出空间后重试"),
            new Known("file too large", "文件超过了系统允许的大小，请腾出空间或换一个磁盘后重试"),
            new Known("read-only file system", "磁盘是只读的，请换一个可以写入的文件夹"),
            new Known("is a directory", "这是一个文件夹，不是文件"),
            new Known("not a directory", "路径中有一段不是文件夹"),
            new Known("file name too long", "路径或文件名过长，请把文件移到路径较短的文件夹"),
            new Known("too many levels of symbolic links", "符号链接构成循环"),
            new Known("permission denied", "没有访问权限，请检查文件或文件夹的权限"),
            new Known("operation not permitted", "没有访问权限，请检查文件或文件夹的权限"),
            new Known("no such file or directory", "文件或文件夹不存在"),
            new Known("input/output error", "磁盘读写出错，请检查磁盘后重试"),
            new Known("stale file handle", "网络文件夹已断开，请重新连接后重试"),
            new Known("broken pipe", "输出已被关闭"),
            new Known("too many open files", "同时打开的文件太多，请稍后重试"),
            new Known("device or resource busy", "文件被其他程序占用，请关闭后重试"),
            new Known("resource busy", "文件被其他程序占用，请关闭后重试"),
            new Known("used by another process", "文件被其他程序占用，请关闭后重试"));

    /** A kind of failure and its words, when the message names no reason of the system's. */
    private record Kind(Class<? extends Throwable> type, String chinese) {
    }

    /** In order: the file system's own kinds first, then what failed, any other input or output last. */
    private static final List<Kind> KINDS = List.of(
            new Kind(FileSystemLoopException.class, "符号链接构成循环"),
            new Kind(NoSuchFileException.class, "文件或文件夹不存在"),
            new Kind(AccessDeniedException.class, "没有访问权限，请检查文件或文件夹的权限"),
            new Kind(FileAlreadyExistsException.class, "文件已存在"),
            new Kind(NotDirectoryException.class, "路径中有一段不是文件夹"),
            new Kind(DirectoryNotEmptyException.class, "文件夹不是空的"),
            new Kind(ZipException.class, "压缩数据损坏或不完整"),
            new Kind(DataFormatException.class, "压缩数据损坏或不完整"),
            new Kind(EOFException.class, "压缩数据损坏或不完整"),
            new Kind(XMLStreamException.class, "其中的 XML 内容不合格式"),
            new Kind(CharacterCodingException.class, "文字编码有误"),
            new Kind(CharConversionException.class, "文字编码有误"),
            new Kind(NumberFormatException.class, "其中的数字格式有误"),
            new Kind(OutOfMemoryError.class, "内存不足"),
            new Kind(StackOverflowError.class, "内容嵌套过深"),
            new Kind(java.io.IOException.class, "读写文件时出错"));

    private static volatile boolean detailed;

    private Failure() {
    }

    /** Whether technical detail is shown beside the Chinese words (the command line's {@code --debug}). */
    public static boolean showsDetail() {
        return detailed || Boolean.getBoolean("nianbao.debug");
    }

    /** Turns technical detail on or off for the run now starting. */
    public static void showDetail(boolean on) {
        detailed = on;
    }

    /**
     * The Chinese words for {@code e} (e.g. 磁盘空间不足，请腾出空间后重试); with {@code --debug}, followed
     * by the library's own message.
     */
    public static String describe(Throwable e) {
        String words = words(e);
        return showsDetail() && !(e instanceof Explained) ? words + "（技术细节：" + e + "）" : words;
    }

    /** The Chinese words for {@code e}, without technical detail. */
    public static String words(Throwable e) {
        if (e instanceof Explained) {
            return e.getMessage();
        }
        String system = system(e);
        if (system != null) {
            return system;
        }
        for (Kind kind : KINDS) {
            if (kind.type().isInstance(e)) {
                return kind.chinese();
            }
        }
        return "内容不合格式";
    }

    /** The Chinese words for the operating system's reason in an exception's message, or null. */
    private static String system(Throwable e) {
        String message = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (message == null) {
            return null;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (Known known : SYSTEM) {
            if (lower.contains(known.english())) {
                return known.chinese();
            }
        }
        return null;
    }
}
