package nianbao.consolidate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.template.Filling;
import nianbao.template.TemplateLayout;
import nianbao.template.TemplateWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the base of the consolidated workbook with POI: the blank template, its instructions sheet
 * dropped, its data sheet renamed 汇总, the structure unlocked, and last a bold wrapped style for the
 * header rows of the sheets nianbao adds. Kept apart from {@link SummaryBase} so that POI's classes
 * load only when the base is written.
 */
public final class BaseWorkbook {

    /** The data sheet's part, the only sheet of the base. */
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STYLES = "xl/styles.xml";

    private BaseWorkbook() {
    }

    /** Writes the base to the file given, for the build: {@code BaseWorkbook target/classes/…/summary-base.xlsx}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BaseWorkbook OUT.xlsx");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes());
    }

    static byte[] bytes() throws IOException {
        try (XSSFWorkbook wb = new TemplateWriter().workbook(Filling.blank())) {
            wb.unLockStructure();
            wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.GUIDE_SHEET));
            wb.setSheetName(wb.getSheetIndex(TemplateLayout.SHEET), ConsolidatedWorkbook.SUMMARY);
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
