package nianbao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.io.ChineseText;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.read.UnreadableException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a report saved as a web page: every data table becomes a grid (rowspan and colspan
 * expanded), every other block of text a row. Tables used only to lay out the page are looked into.
 */
final class HtmlSource {

    private HtmlSource() {
    }

    static PrintedReport read(Path file) throws UnreadableException {
        try {
            return parse(FileNames.shown(file), ChineseText.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UnreadableException("无法读取文件 " + file + "（" + Failure.describe(e) + "）", e);
        }
    }

    static PrintedReport parse(String source, String html) {
        List<PrintedRow> rows = new ArrayList<>();
        walk(Jsoup.parse(html).body(), rows);
        return new PrintedReport(source, rows);
    }

    private static void walk(Node node, List<PrintedRow> rows) {
        if (node instanceof TextNode text) {
            addText(text.text(), rows);
        } else if (node instanceof Element e) {
            if (e.tagName().equals("table") && e.select("table").size() == 1) {
                rows.addAll(table(e));
            } else if (hasBlockInside(e)) {
                e.childNodes().forEach(child -> walk(child, rows));
            } else {
                addText(e.text(), rows);
            }
        }
    }

    private static boolean hasBlockInside(Element e) {
        return e.tagName().equals("table") || e.children().stream().anyMatch(c -> c.isBlock() || hasBlockInside(c));
    }

    private static void addText(String text, List<PrintedRow> rows) {
        if (!text.isBlank()) {
            rows.add(PrintedRow.text(List.of(text)));
        }
    }

    private static List<PrintedRow> table(Element table) {
        Grid grid = new Grid();
        for (Element tr : table.select("tr")) {
            grid.startRow();
            for (Element cell : tr.children()) {
                if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
                    grid.add(cell.text(), span(cell, "rowspan"), span(cell, "colspan"));
                }
            }
        }
        return grid.printedRows();
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        return value.matches("\\d{1,3}") ? Integer.parseInt(value) : 1;
    }
}
