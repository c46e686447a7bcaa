package nianbao.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nianbao.form.Field;
import nianbao.form.MetaKey;
import nianbao.form.ValueType;
import nianbao.template.TemplateLayout.LabelKind;

/** The cell styles of the template: what is typed in is light yellow and unlocked, what is computed light blue. */
final class Styles {

    static final String FONT = "宋体";
    static final String INPUT_FILL = "FFF2CC";
    static final String FORMULA_FILL = "DDEBF7";
    static final String HEADER_FILL = "F2F2F2";
    static final String GOOD_FILL = "C6EFCE";
    static final String GOOD_FONT = "006100";
    static final String BAD_FILL = "FFC7CE";
    static final String BAD_FONT = "9C0006";
    /** How 填报日期 shows a date typed in. */
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private final XSSFWorkbook wb;
    final XSSFCellStyle title;
    final XSSFCellStyle section;
    final XSSFCellStyle group;
    final XSSFCellStyle header;
    final XSSFCellStyle rowLabel;
    final XSSFCellStyle note;
    final XSSFCellStyle meta;
    final XSSFCellStyle year;
    final XSSFCellStyle date;
    final XSSFCellStyle count;
    final XSSFCellStyle amount;
    final XSSFCellStyle formula;
    final XSSFCellStyle check;
    final XSSFCellStyle text;

    Styles(XSSFWorkbook wb) {
        this.wb = wb;
        title = plain(font(16, true), HorizontalAlignment.CENTER);
        section = plain(font(12, true), HorizontalAlignment.LEFT);
        group = boxed(font(11, true), HorizontalAlignment.LEFT, null);
        header = boxed(font(10, true), HorizontalAlignment.CENTER, HEADER_FILL);
        rowLabel = boxed(font(11, false), HorizontalAlignment.LEFT, null);
        note = boxed(font(10, false), HorizontalAlignment.CENTER, null);
        meta = input(HorizontalAlignment.LEFT, "@");
        year = input(HorizontalAlignment.LEFT, "General");
        date = input(HorizontalAlignment.LEFT, DATE_FORMAT);
        count = input(HorizontalAlignment.CENTER, "General");
        amount = input(HorizontalAlignment.CENTER, "General");
        formula = boxed(font(11, true), HorizontalAlignment.CENTER, FORMULA_FILL);
        formula.setDataFormat(wb.createDataFormat().getFormat("General"));
        check = boxed(font(10, true), HorizontalAlignment.CENTER, null);
        text = plain(font(11, false), HorizontalAlignment.LEFT);
    }

    XSSFCellStyle label(LabelKind kind) {
        return switch (kind) {
            case TITLE -> title;
            case SECTION -> section;
            case GROUP -> group;
            case HEADER -> header;
            case ROW -> rowLabel;
            case NOTE -> note;
        };
    }

    /** A header field's cell: 年度 a number, 填报日期 a date, the others text. */
    XSSFCellStyle meta(MetaKey key) {
        return switch (key) {
            case YEAR -> year;
            case DATE -> date;
            default -> meta;
        };
    }

    XSSFCellStyle value(Field field) {
        if (field.isFormula()) {
            return formula;
        }
        return field.type() == ValueType.AMOUNT ? amount : count;
    }

    /** A bordered style with a fill; for the colour samples of 填报说明 too. */
    XSSFCellStyle filled(String rgb, String fontRgb) {
        XSSFFont f = font(11, true);
        f.setColor(color(fontRgb));
        return boxed(f, HorizontalAlignment.CENTER, rgb);
    }

    private XSSFCellStyle input(HorizontalAlignment align, String format) {
        XSSFCellStyle s = boxed(font(11, false), align, INPUT_FILL);
        s.setLocked(false);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private XSSFCellStyle boxed(XSSFFont font, HorizontalAlignment align, String fill) {
        XSSFCellStyle s = plain(font, align);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (fill != null) {
            s.setFillForegroundColor(color(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private XSSFCellStyle plain(XSSFFont font, HorizontalAlignment align) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setLocked(true);
        return s;
    }

    private XSSFFont font(int points, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    /**
     * Sets a conditional format's font colour. POI's {@code setFontColor} keeps only the RGB bytes of a
     * new colour (invalid against ECMA-376), so the colour it made is set again as ARGB.
     */
    static void fontColor(XSSFFontFormatting font, String rgb) {
        XSSFColor argb = color(rgb);
        font.setFontColor(argb);
        font.getFontColor().setARGBHex(argb.getARGBHex());
    }

    /** An opaque colour: ECMA-376's ST_UnsignedIntHex is four bytes, ARGB (six hex digits are invalid). */
    static XSSFColor color(String rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF,
            (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
    }
}
