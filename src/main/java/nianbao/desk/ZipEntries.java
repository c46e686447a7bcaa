package nianbao.desk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The entries of a received .zip, read under zip-bomb limits: at most {@link UploadLimits#MAX_ZIP_ENTRIES}
 * entries, each inflating to at most {@link UploadLimits#MAX_FILE_BYTES} and {@link UploadLimits#MAX_ZIP_RATIO}
 * times its stored size, all of them to at most {@link UploadLimits#MAX_ZIP_INFLATED_BYTES}. An entry's name
 * (UTF-8, or GBK as Chinese Windows writes it) is only shown, never a path.
 */
final class ZipEntries {

    /** What to do with one entry's content. */
    @FunctionalInterface
    interface EntryReader {
        void read(String shownName, InputStream content) throws IOException;
    }

    /** An entry that could not be taken, and why. */
    record Refused(String shownName, String reason) {
    }

    private ZipEntries() {
    }

    /**
     * Hands each file entry to {@code reader} in the order stored; returns the entries refused (an entry
     * that breaks a limit, or that cannot be inflated). Throws with a Chinese message when the .zip cannot
     * be opened at all.
     */
    static List<Refused> each(Path zip, EntryReader reader) throws DeskError {
        List<Refused> refused = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).setUseUnicodeExtraFields(false).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntriesInPhysicalOrder());
            if (entries.size() > UploadLimits.MAX_ZIP_ENTRIES) {
                throw DeskError.tooLarge("压缩包中有 " + entries.size() + " 个条目，超过上限 " + UploadLimits.MAX_ZIP_ENTRIES
                        + "；请分成几个压缩包上传");
            }
            long budget = UploadLimits.MAX_ZIP_INFLATED_BYTES;
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || entry.isUnixSymlink()) {
                    continue;
                }
                String shown = ShownName.of(name(entry));
                if (budget <= 0) {
                    refused.add(new Refused(shown, "压缩包解压后的总大小超过 " + UploadLimits.megabytes(UploadLimits.MAX_ZIP_INFLATED_BYTES)
                            + "，此后的条目未解压；请分成几个压缩包上传"));
                    continue;
                }
                try (InputStream raw = file.getInputStream(entry);
                     BoundedEntry bounded = new BoundedEntry(raw, shown, Math.min(budget, UploadLimits.MAX_FILE_BYTES), entry.getCompressedSize())) {
                    reader.read(shown, bounded);
                    budget -= bounded.count();
                } catch (BoundedEntry.TooLarge e) {
                    refused.add(new Refused(shown, e.getMessage()));
                    budget -= e.inflated();
                } catch (IOException | RuntimeException e) {
                    if (e instanceof DeskError) {
                        throw (DeskError) e;
                    }
                    refused.add(new Refused(shown, "压缩包中的这个文件无法解压（可能已损坏或加了密码），未读取；请解压后直接上传这个文件"));
                }
            }
        } catch (IOException e) {
            throw DeskError.badRequest("无法打开这个 .zip 压缩包（文件已损坏、不完整，或不是 zip 格式），未解压；请重新压缩后上传，或直接上传其中的报表");
        }
        return refused;
    }

    /** An entry's name: UTF-8 when flagged so or when its bytes are valid UTF-8, else GB18030 (GBK). */
    static String name(ZipArchiveEntry entry) {
        byte[] raw = entry.getRawName();
        if (raw == null) {
            return entry.getName();
        }
        if (entry.getGeneralPurposeBit().usesUTF8ForNames()) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, Charset.forName("GB18030"));
        }
    }
}
