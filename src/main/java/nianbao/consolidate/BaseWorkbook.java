package nianbao.consolidate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.form.ConsolidatedLayout;
import nianbao.template.Filling;
import nianbao.template.TemplateLayout;
import nianbao.template.TemplateWriter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the base of the consolidated workbook with POI: the blank template, its instructions sheet
 * dropped, its data sheet renamed 汇总, the structure unlocked, and last the cell styles of the sheets
 * nianbao adds ({@link AddedStyle}). Kept apart from {@link SummaryBase} so that POI's classes
 * load only when the base is written.
 */
public final class BaseWorkbook {

    /** The data sheet's part, the only sheet of the base. */
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STYLES = "xl/styles.xml";

    /** The cell styles the base adds last, in this order, for the sheets nianbao adds. */
    enum AddedStyle {
        /** Header rows: bold, wrapped, centred, boxed on a grey ground. */
        HEAD,
        /** The row of keys kept for machines: small grey text. */
        KEY,
        /** Rows of a table people read: boxed, long text wrapped from the top of the cell. */
        WRAP
    }

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
            wb.setSheetName(wb.getSheetIndex(TemplateLayout.SHEET), ConsolidatedLayout.SUMMARY);
            // renaming rewrites the print titles as an area of every column ($A$1:$XFD$5): make them rows again
            wb.getSheet(ConsolidatedLayout.SUMMARY).setRepeatingRows(new CellRangeAddress(0, TemplateLayout.headerRows() - 1, -1, -1));
            for (AddedStyle style : AddedStyle.values()) {
                add(wb, style);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void box(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    private static void add(XSSFWorkbook wb, AddedStyle style) {
        XSSFCellStyle s = wb.createCellStyle();
        XSSFFont font = wb.createFont();
        s.setFont(font);
        switch (style) {
            case HEAD -> {
                font.setBold(true);
                s.setWrapText(true);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                box(s);
                s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xF2, (byte) 0xF2}, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case KEY -> {
                font.setFontHeightInPoints((short) 7);
                font.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0x80, (byte) 0x80}, null));
            }
            case WRAP -> {
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                box(s);
            }
        }
    }
}
