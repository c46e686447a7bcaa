package nianbao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.io.ChineseText;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.read.UnreadableException;

/**
 * Reads a published report saved as text (copied from a web page, or a PDF through pdftotext):
 * UTF-8 with or without a byte-order mark, UTF-16 with one, or else GB18030 (which covers GBK).
 */
final class TextSource {

    /** A cell of the rule under a Markdown table's header: ---, :---, ---:. */
    private static final Pattern MARKDOWN_RULE = Pattern.compile(":?-{3,}:?");

    private TextSource() {
    }

    static PrintedReport read(Path file) throws UnreadableException {
        try {
            return parse(FileNames.shown(file), ChineseText.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UnreadableException("无法读取文件 " + file + "（" + Failure.describe(e) + "）", e);
        }
    }

    /**
     * Splits text into rows: one per line, cells at tabs and white space; a Markdown table row
     * ({@code | a | 1 |  |}) keeps its cells as the table has them, an empty one blank, and the rule
     * under a Markdown header ({@code |---|---|}) is dropped.
     */
    static PrintedReport parse(String source, String text) {
        List<PrintedRow> rows = Arrays.stream(text.split("\\R", -1))
                .map(TextSource::row)
                .filter(r -> !r.cells().isEmpty())
                .toList();
        return new PrintedReport(source, rows);
    }

    private static PrintedRow row(String line) {
        String s = line.strip();
        if (s.length() < 2 || !s.startsWith("|") || !s.endsWith("|")) {
            return PrintedRow.text(List.of(line));
        }
        List<String> cells = Arrays.stream(s.substring(1, s.length() - 1).split("(?<!\\\\)\\|", -1))
                .map(c -> c.replace("\\|", "|").strip()).toList();
        boolean rule = cells.stream().allMatch(c -> MARKDOWN_RULE.matcher(c).matches());
        return rule ? new PrintedRow(List.of(), true) : new PrintedRow(cells, true);
    }
}
