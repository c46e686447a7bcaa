package nianbao.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.model.Return;
import nianbao.render.LaidCell;
import nianbao.render.LaidTable;
import nianbao.render.OfficialLayout;
import nianbao.render.RenderFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Published-report fixtures made from known values: a Word document with merged cells, written by POI. */
final class Fixtures {

    private Fixtures() {
    }

    /** A cell placed on the grid: where it starts, how wide, and whether it continues a cell above. */
    private record Placed(int column, int colspan, String text, STMerge.Enum vMerge) {
    }

    /** Writes the return's title and tables as a .docx, merged cells as gridSpan and vMerge. */
    static void docx(Return r, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(RenderFormat.TXT.render(r).lines().findFirst().orElseThrow());
            for (LaidTable table : OfficialLayout.of(r)) {
                doc.createParagraph().createRun().setText(table.section().heading());
                writeTable(doc.createTable(), place(table));
            }
            doc.write(out);
        }
    }

    private static void writeTable(XWPFTable table, List<List<Placed>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            for (Placed p : rows.get(r)) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (p.colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(p.colspan()));
                }
                if (p.vMerge() != null) {
                    pr.addNewVMerge().setVal(p.vMerge());
                }
                cell.setText(p.text());
            }
        }
    }

    /** Places the cells of a laid table row by row, with vMerge marks for cells spanning rows. */
    private static List<List<Placed>> place(LaidTable table) {
        int height = table.rows().size();
        Placed[][] grid = new Placed[height][table.width()];
        for (int r = 0; r < height; r++) {
            int c = 0;
            for (LaidCell cell : table.rows().get(r)) {
                while (grid[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    STMerge.Enum merge = cell.rowspan() == 1 ? null : dr == 0 ? STMerge.RESTART : STMerge.CONTINUE;
                    Placed placed = new Placed(c, cell.colspan(), dr == 0 ? cell.text() : "", merge);
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        grid[r + dr][c + dc] = dc == 0 ? placed : Placed.class.cast(new Placed(-1, 0, "", null));
                    }
                }
                c += cell.colspan();
            }
        }
        List<List<Placed>> rows = new ArrayList<>();
        for (Placed[] row : grid) {
            rows.add(java.util.Arrays.stream(row).filter(p -> p != null && p.column() >= 0).toList());
        }
        return rows;
    }
}
