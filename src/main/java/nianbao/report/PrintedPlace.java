package nianbao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.form.Field;

/**
 * Where cells of the form are printed in a published report, named short from the form's labels for a
 * clerk with the report open: {@code 第三部分 (六)其他处理·1.申请人无正当理由… 「自然人」列}.
 */
public final class PrintedPlace {

    /** Row labels up to this many characters are printed whole. */
    private static final int WHOLE = 14;
    /** How many characters of a longer row label are kept before the ellipsis. */
    private static final int KEPT = 10;

    private PrintedPlace() {
    }

    /** The printed place of one cell. */
    public static String of(Field cell) {
        return of(List.of(cell));
    }

    /**
     * The printed place of cells on one printed row: the table, the row, then their columns in printed
     * order ({@code 「自然人、商业企业」列}).
     */
    public static String of(List<Field> cellsOfOneRow) {
        if (cellsOfOneRow.isEmpty()) {
            throw new IllegalArgumentException("a printed place needs a cell");
        }
        Field any = cellsOfOneRow.get(0);
        if (cellsOfOneRow.stream().anyMatch(f -> f.section() != any.section() || !f.rowLabels().equals(any.rowLabels()))) {
            throw new IllegalArgumentException("not one printed row: " + cellsOfOneRow);
        }
        List<Field> cells = new ArrayList<>(cellsOfOneRow);
        cells.sort(Comparator.comparingInt(Field::index));
        List<String> columns = cells.stream().map(Field::columnLabel).distinct().toList();
        Field first = cells.get(0);
        return "第" + first.section().numeral() + "部分 " + row(first) + " 「" + String.join("、", columns) + "」列";
    }

    /**
     * The row's labels joined by ·, each short: the heading over the rows of tables 二 and 三 (the article,
     * 三、本年度办理结果) left out, since the row's own numbered labels already say which row it is.
     */
    static String row(Field cell) {
        List<String> labels = cell.rowLabels();
        boolean headed = switch (cell.section()) {
            case DISCLOSURE, APPLICATION -> labels.size() > 1;
            case REVIEW -> false;
        };
        List<String> shown = labels.subList(headed ? 1 : 0, labels.size());
        return String.join("·", shown.stream().map(PrintedPlace::label).toList());
    }

    /** A label without its spaces and its bracketed note (（区分处理的，…）), cut with … when long. */
    static String label(String printed) {
        String label = printed.replace(" ", "");
        int note = label.indexOf('（');
        if (note > 0 && label.endsWith("）")) {
            label = label.substring(0, note);
        }
        return label.length() <= WHOLE ? label : label.substring(0, KEPT) + "…";
    }
}
