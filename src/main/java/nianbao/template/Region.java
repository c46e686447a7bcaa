package nianbao.template;

import nianbao.model.CellAddress;

/**
 * A rectangle of cells on the data sheet, zero-based and inclusive; a single cell when it spans one
 * row and one column, else a merged range.
 */
public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public Region {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            throw new IllegalArgumentException("not a region: rows " + firstRow + "–" + lastRow
                    + ", columns " + firstColumn + "–" + lastColumn);
        }
    }

    /** One cell. */
    public static Region cell(int row, int column) {
        return new Region(row, row, column, column);
    }

    /** Part of one row. */
    public static Region row(int row, int firstColumn, int lastColumn) {
        return new Region(row, row, firstColumn, lastColumn);
    }

    public boolean isSingleCell() {
        return firstRow == lastRow && firstColumn == lastColumn;
    }

    public boolean overlaps(Region o) {
        return firstRow <= o.lastRow && o.firstRow <= lastRow && firstColumn <= o.lastColumn && o.firstColumn <= lastColumn;
    }

    /** The cell that holds the value of a merged range, on the data sheet. */
    public CellAddress topLeft() {
        return new CellAddress(TemplateLayout.SHEET, firstRow, firstColumn);
    }

    /** The range as a formula writes it without the sheet, e.g. {@code D12:I12} or {@code D12}. */
    public String a1() {
        String first = topLeft().a1();
        return isSingleCell() ? first : first + ":" + new CellAddress(TemplateLayout.SHEET, lastRow, lastColumn).a1();
    }
}
