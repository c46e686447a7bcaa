package nianbao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nianbao.model.Return;
import nianbao.render.RenderFormat;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes a return's rendered text as a text PDF with PDFBox, each cell at its own column, in a CJK font. */
final class PdfFixture {

    private static final float SIZE = 6f;
    private static final float GAP = 10f;
    private static final float MARGIN = 30f;

    private PdfFixture() {
    }

    /** A Chinese font on this machine, if any. */
    static Optional<Path> cjkFont() {
        return Stream.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
                .map(Path::of).filter(Files::exists).findFirst();
    }

    static void write(Return r, Path fontFile, Path out) throws IOException {
        List<List<String>> lines = RenderFormat.TXT.render(r).lines().map(l -> List.of(l.split("\t", -1))).toList();
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            float[] x = columns(lines, font);
            PDRectangle box = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPageContentStream content = null;
            float y = 0;
            for (List<String> line : lines) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage(box);
                    doc.addPage(page);
                    content = new PDPageContentStream(doc, page);
                    y = box.getHeight() - MARGIN;
                }
                for (int c = 0; c < line.size(); c++) {
                    if (!line.get(c).isEmpty()) {
                        content.beginText();
                        content.setFont(font, SIZE);
                        content.newLineAtOffset(x[c], y);
                        content.showText(line.get(c));
                        content.endText();
                    }
                }
                y -= SIZE * 2;
            }
            if (content != null) {
                content.close();
            }
            doc.save(out.toFile());
        }
    }

    /** The left edge of each column: wide enough for its longest cell (title and headings excepted). */
    private static float[] columns(List<List<String>> lines, PDType0Font font) throws IOException {
        int width = lines.stream().mapToInt(List::size).max().orElse(1);
        float[] widest = new float[width];
        for (List<String> line : lines) {
            if (line.size() > 1) {
                for (int c = 0; c < line.size(); c++) {
                    widest[c] = Math.max(widest[c], font.getStringWidth(line.get(c)) / 1000 * SIZE);
                }
            }
        }
        float[] x = new float[width];
        x[0] = MARGIN;
        for (int c = 1; c < width; c++) {
            x[c] = x[c - 1] + widest[c - 1] + GAP;
        }
        return x;
    }
}
