package nianbao.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.read.OoxmlLimits;
import nianbao.read.UnreadableException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads a report saved as a Word document (.docx): paragraphs become rows, tables grids (gridSpan, vMerge). */
final class DocxSource {

    private DocxSource() {
    }

    static PrintedReport read(Path file) throws UnreadableException {
        OoxmlLimits.apply();
        Optional<String> tooLarge = OoxmlLimits.wordTooLarge(file);
        if (tooLarge.isPresent()) {
            throw new UnreadableException("Word 文件 " + file + "：" + tooLarge.get());
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<PrintedRow> rows = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    rows.add(PrintedRow.text(List.of(p.getText())));
                } else if (element instanceof XWPFTable t) {
                    rows.addAll(table(t));
                }
            }
            return new PrintedReport(FileNames.shown(file), rows);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new UnreadableException("Word 文件 " + file + "：疑似压缩炸弹，已拒绝读取" + detail(e), e);
            }
            throw new UnreadableException("Word 文件 " + file + " 已损坏、不完整或不是 Word 文档，无法读取（"
                    + Failure.describe(e) + "）；请用 Word 或 WPS 重新另存为 .docx", e);
        }
    }

    /** What to tell about an OLE2 file named .docx: an encrypted Word document, or an old .doc one. */
    static String oldOrEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo")
                    ? "文件 " + file + "：文件已加密，请去掉打开密码后重新提交"
                    : "文件 " + file + " 是旧版 Word（.doc）或其他 Office 文件，请用 Word 或 WPS 另存为 .docx";
        } catch (IOException | RuntimeException e) {
            return "文件 " + file + " 已损坏或不完整，无法读取（" + Failure.describe(e) + "）；请重新保存后提交";
        }
    }

    /** The library's words, in parentheses, when technical detail is asked for; else nothing. */
    private static String detail(Exception e) {
        return Failure.showsDetail() ? "（技术细节：" + e + "）" : "";
    }

    private static List<PrintedRow> table(XWPFTable table) {
        Grid grid = new Grid();
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int colspan = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                if (continued) {
                    grid.continueAbove(colspan);
                } else {
                    grid.add(cell.getText(), 1, colspan);
                }
            }
        }
        return grid.printedRows();
    }
}
