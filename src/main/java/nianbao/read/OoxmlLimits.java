package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.read.ooxml.WorkbookPart;
import nianbao.read.zip.SecureXml;
import nianbao.read.zip.ZipParts;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The reader's limits applied where POI itself opens an OOXML package (annotated copies, Word reports):
 * its zip-bomb limits (entry count, inflated size per part, inflation ratio), and for a Word document,
 * which POI builds whole in memory, a count of its paragraphs and table rows first.
 */
public final class OoxmlLimits {

    /** The most paragraphs (table cells' included) of a Word report read; a real one has a few hundred. */
    public static final long MAX_WORD_PARAGRAPHS = 40_000;
    /** The most table rows of a Word report read; a real one has about a hundred. */
    public static final long MAX_WORD_ROWS = 5_000;

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WORD_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private OoxmlLimits() {
    }

    /** Sets POI's {@link ZipSecureFile} limits to the reader's; idempotent and cheap. */
    public static void apply() {
        ZipSecureFile.setMaxFileCount(ZipParts.MAX_ENTRIES);
        ZipSecureFile.setMaxEntrySize(ZipParts.MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / ZipParts.MAX_RATIO);
    }

    /**
     * Why a Word document is too large to read, in Chinese (after the file's name), or empty: its main part
     * streamed under the zip-bomb limits, its paragraphs and table rows counted against the limits above.
     * A package that cannot be walked is left to POI, whose failure says what is wrong with it.
     */
    public static Optional<String> wordTooLarge(Path docx) {
        try (ZipParts zip = ZipParts.open(docx)) {
            byte[] rels = zip.read("_rels/.rels");
            String main = rels == null ? "" : WorkbookPart.officeDocument(rels);
            try (InputStream in = zip.stream(main.isEmpty() ? "word/document.xml" : main)) {
                return in == null ? Optional.empty() : tooLarge(in);
            }
        } catch (ZipParts.ZipLimitException e) {
            return Optional.of(e.getMessage());
        } catch (ZipParts.LimitReached e) {
            return Optional.of(e.limit().getMessage());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> tooLarge(InputStream in) throws XMLStreamException {
        XMLStreamReader r = SecureXml.open(in);
        long paragraphs = 0;
        long rows = 0;
        try {
            while (r.hasNext()) {
                if (SecureXml.next(r) != XMLStreamConstants.START_ELEMENT || !isWord(r.getNamespaceURI())) {
                    continue;
                }
                paragraphs += r.getLocalName().equals("p") ? 1 : 0;
                rows += r.getLocalName().equals("tr") ? 1 : 0;
                if (paragraphs > MAX_WORD_PARAGRAPHS || rows > MAX_WORD_ROWS) {
                    return Optional.of("文档中的段落或表格行超过读取上限（" + MAX_WORD_PARAGRAPHS + " 个段落、" + MAX_WORD_ROWS
                            + " 行表格），不像是一份年度报告；请只提交年度报告本身");
                }
            }
        } finally {
            r.close();
        }
        return Optional.empty();
    }

    private static boolean isWord(String namespace) {
        return WORD.equals(namespace) || WORD_STRICT.equals(namespace);
    }
}
