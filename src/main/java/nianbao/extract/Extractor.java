package nianbao.extract;

import java.nio.file.Path;
import java.util.Set;
import nianbao.io.InputFiles;
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
        return Locator.locate(rows(file));
    }

    /** The printed rows of a report, whatever its kind. */
    static PrintedReport rows(Path file) throws UnreadableException {
        String extension = InputFiles.extension(file.getFileName().toString());
        return switch (extension) {
            case "txt", "md" -> TextSource.read(file);
            case "html", "htm" -> HtmlSource.read(file);
            case "docx" -> DocxSource.read(file);
            case "pdf" -> PdfSource.read(file);
            default -> throw new UnreadableException("文件 " + file + " 不是可读取的报告类型（"
                    + String.join("、", EXTENSIONS.stream().sorted().toList()) + "）");
        };
    }
}
