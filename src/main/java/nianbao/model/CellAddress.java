package nianbao.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell on a named sheet, zero-based like POI and fastexcel's writer; printed as users see it,
 * {@code '年报数据'!J12}.
 *
 * @param sheet the sheet name
 * @param row zero-based row index
 * @param column zero-based column index
 */
public record CellAddress(String sheet, int row, int column) implements Comparable<CellAddress> {

    private static final Pattern A1 = Pattern.compile("(?:'((?:[^']|'')+)'|([^!']+))!\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

    public CellAddress {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || row > 1_048_575 || column < 0 || column > 16_383) {
            throw new IllegalArgumentException("cell out of range: row " + row + ", column " + column);
        }
    }

    /** Parses {@code '年报数据'!$J$12}, {@code Sheet1!J12} and the like. */
    public static CellAddress parse(String reference) {
        Matcher m = A1.matcher(reference.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a cell reference: " + reference);
        }
        String sheet = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
        return new CellAddress(sheet, Integer.parseInt(m.group(4)) - 1, columnIndex(m.group(3)));
    }

    /** The column letters of a zero-based column index: 0 → A, 26 → AA. */
    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** The zero-based index of column letters: A → 0, AA → 26. */
    public static int columnIndex(String letters) {
        int index = 0;
        for (char ch : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            index = index * 26 + (ch - 'A' + 1);
        }
        return index - 1;
    }

    /** The address without the sheet, e.g. {@code J12}. */
    public String a1() {
        return columnName(column) + (row + 1);
    }

    /** The absolute reference as a formula or defined name writes it: {@code '年报数据'!$J$12}. */
    public String absolute() {
        return quotedSheet() + "!$" + columnName(column) + "$" + (row + 1);
    }

    private String quotedSheet() {
        return "'" + sheet.replace("'", "''") + "'";
    }

    @Override
    public int compareTo(CellAddress o) {
        int c = sheet.compareTo(o.sheet);
        if (c != 0) {
            return c;
        }
        return row != o.row ? Integer.compare(row, o.row) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return quotedSheet() + "!" + a1();
    }
}
