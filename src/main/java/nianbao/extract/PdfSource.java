package nianbao.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.read.UnreadableException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a text PDF through PDFBox: the glyphs of each page are grouped into lines by their baseline
 * and split into cells where a gap wider than a character opens, much like {@code pdftotext -layout}.
 * A PDF without text (a scan) is refused with a message saying so.
 */
final class PdfSource {

    private PdfSource() {
    }

    static PrintedReport read(Path file) throws UnreadableException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            Glyphs glyphs = new Glyphs();
            glyphs.getText(doc);
            List<PrintedRow> rows = glyphs.rows;
            if (rows.isEmpty()) {
                throw new UnreadableException("PDF 文件 " + file + " 中没有可提取的文字（可能是扫描件或图片）："
                        + "请先做文字识别（OCR），或改用网页、Word 版本的报告");
            }
            return new PrintedReport(FileNames.shown(file), rows);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("PDF 文件 " + file + " 有密码保护，无法读取；请提供未加密的文件", e);
        } catch (IOException e) {
            throw new UnreadableException("PDF 文件 " + file + " 已损坏或不完整，无法读取（" + Failure.describe(e) + "）；请重新下载或另存后提交", e);
        }
    }

    /** Collects the glyphs of each page and lays them out in rows at the end of the page. */
    private static final class Glyphs extends PDFTextStripper {

        final List<PrintedRow> rows = new ArrayList<>();
        private final List<TextPosition> page = new ArrayList<>();

        Glyphs() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
                page.add(text);
            }
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage pdPage) {
            page.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            List<TextPosition> line = new ArrayList<>();
            for (TextPosition glyph : page) {
                if (!line.isEmpty() && glyph.getYDirAdj() - line.get(0).getYDirAdj() > tolerance(line.get(0))) {
                    addLine(line);
                    line = new ArrayList<>();
                }
                line.add(glyph);
            }
            addLine(line);
            page.clear();
        }

        private void addLine(List<TextPosition> line) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            TextPosition previous = null;
            for (TextPosition glyph : line) {
                if (previous != null && gap(previous, glyph) > previous.getWidthDirAdj() * 0.8) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                previous = glyph;
            }
            PrintedRow row = PrintedRow.text(List.of(text.toString()));
            if (!row.cells().isEmpty()) {
                rows.add(row);
            }
        }

        private static double gap(TextPosition left, TextPosition right) {
            return right.getXDirAdj() - (left.getXDirAdj() + left.getWidthDirAdj());
        }

        private static double tolerance(TextPosition glyph) {
            return Math.max(1.0, glyph.getHeightDir() * 0.5);
        }
    }
}
