package nianbao.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.read.UnreadableException;
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
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<PrintedRow> rows = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    rows.add(PrintedRow.text(List.of(p.getText())));
                } else if (element instanceof XWPFTable t) {
                    rows.addAll(table(t));
                }
            }
            return new PrintedReport(file.toString(), rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("无法读取 Word 文件 " + file + "（需要 .docx 格式）：" + e.getMessage(), e);
        }
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
