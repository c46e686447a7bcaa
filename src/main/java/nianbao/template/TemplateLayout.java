package nianbao.template;

import java.util.Collections;
import java.util.List;
import nianbao.form.Field;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;

/**
 * The one place that decides where every field, meta key, label and check sits on sheet 年报数据,
 * computed from the form's enums in the national format's printed order.
 */
public final class TemplateLayout {

    /** The data sheet every nianbao workbook carries. */
    public static final String SHEET = "年报数据";
    /** The instructions sheet of the template. */
    public static final String GUIDE_SHEET = "填报说明";
    /** The version of this layout, recorded in the document properties. */
    public static final String VERSION = "2";

    /** What a label is, which decides how it looks. */
    public enum LabelKind { TITLE, SECTION, GROUP, HEADER, ROW, NOTE }

    /** A fixed text of the sheet and the region it fills. */
    public record Label(String text, Region region, LabelKind kind) {
    }

    private static final LayoutBuilder LAYOUT = new LayoutBuilder().build();

    private TemplateLayout() {
    }

    /** The cell holding a field's value (the top-left of its region). */
    public static CellAddress cell(Field field) {
        return region(field).topLeft();
    }

    /** The cell holding a meta key's value. */
    public static CellAddress cell(MetaKey key) {
        return region(key).topLeft();
    }

    public static Region region(Field field) {
        return LAYOUT.fields.get(field);
    }

    public static Region region(MetaKey key) {
        return LAYOUT.meta.get(key);
    }

    /** Every fixed text of the data sheet: title, headings, column and row labels, notes. */
    public static List<Label> labels() {
        return Collections.unmodifiableList(LAYOUT.labels);
    }

    /** The check-block cell under a matrix column that shows whether its balance identity holds. */
    public static Region check(Identity balance) {
        if (balance.kind() != IdentityKind.BALANCE) {
            throw new IllegalArgumentException("only balance identities have a check cell: " + balance.scope());
        }
        return Region.cell(LAYOUT.checkRow, cell(balance.anchor()).column());
    }

    /** The check block: one cell per matrix column, under the matrix. */
    public static Region checkBlock() {
        return Region.row(LAYOUT.checkRow, LayoutBuilder.VALUE_FIRST, LayoutBuilder.MATRIX_LAST);
    }

    /** The overall status cell near the top, summarising the check block. */
    public static Region status() {
        return LAYOUT.status;
    }

    /** Rows 0 to this − 1 are the title, header block and status: frozen and repeated on print. */
    public static int headerRows() {
        return LAYOUT.headerRows;
    }

    public static int lastRow() {
        return LAYOUT.row - 1;
    }

    public static int lastColumn() {
        return LayoutBuilder.LAST;
    }

    /** The width of a column in characters: every column has one width, so that table 四's cells are even. */
    public static int columnWidth(int column) {
        return LayoutBuilder.COLUMN_WIDTH;
    }
}
