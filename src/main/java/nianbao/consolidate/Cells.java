package nianbao.consolidate;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes cells of the sheets nianbao adds: text always as text (never a formula), numbers as numbers. */
final class Cells {

    /** Excel's limit on the length of a cell's text. */
    static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    static Row row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Cell cell = put(row, c, values[c]);
            if (style != null && cell != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    /** Puts a String as text, a number as a number; null leaves the cell empty. */
    static Cell put(Row row, int column, Object value) {
        if (value == null) {
            return null;
        }
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
        return cell;
    }
}
