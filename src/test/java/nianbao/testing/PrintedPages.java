package nianbao.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The pages of a workbook printed to PDF (by {@link LibreOffice}), each with its text and the sheet it
 * came from, read from the footer nianbao prints on every page (…　明细　第 3 页，共 22 页); each page is also
 * drawn as a PNG for a person to look at.
 */
public final class PrintedPages {

    /** The sheet's name before 第 N 页，共 M 页 in a page's footer. */
    private static final Pattern FOOTER = Pattern.compile("(\\S+)\\s+第 (\\d+) 页，共 (\\d+) 页");

    /** One printed page: its number (from 1), the sheet it shows and its text. */
    public record Page(int number, String sheet, String text) {
    }

    private final List<Page> pages;

    private PrintedPages(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /** Reads the PDF's pages; draws each as {@code <pngs>/<prefix>-<page>-<sheet>.png} at {@code dpi}. */
    public static PrintedPages read(Path pdf, Path pngs, String prefix, int dpi) throws IOException {
        Files.createDirectories(pngs);
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc);
                String sheet = sheet(text);
                pages.add(new Page(i, sheet, text));
                BufferedImage image = renderer.renderImageWithDPI(i - 1, dpi);
                ImageIO.write(image, "png", pngs.resolve(String.format("%s-%02d-%s.png", prefix, i, sheet)).toFile());
            }
        }
        return new PrintedPages(pages);
    }

    /** The sheet named in the last footer of a page's text, or "?" when it has none. */
    static String sheet(String text) {
        String sheet = "?";
        for (Matcher m = FOOTER.matcher(text); m.find(); ) {
            sheet = m.group(1);
        }
        return sheet;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The pages of one sheet, in order. */
    public List<Page> of(String sheet) {
        return pages.stream().filter(p -> p.sheet().equals(sheet)).toList();
    }

    /** How many pages each sheet prints on, in the order the sheets print. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pages.forEach(p -> counts.merge(p.sheet(), 1, Integer::sum));
        return counts;
    }
}
