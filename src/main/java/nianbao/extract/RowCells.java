package nianbao.extract;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nianbao.form.Field;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;

/**
 * What one printed row gives the cells of a row of the form: its cells as printed; the one way its
 * run-together digits can be cut (by count: one digit a cell; or the one cut under which the row's own
 * identity holds); every cut the row's identity leaves, for the column identities to decide; or why
 * its cells cannot be read. A cut is never taken when the row could as well be a shorter row with
 * blank cells that balances.
 *
 * @param readings the possible cell texts, "" for a blank cell; empty when the cells cannot be read
 * @param decidedBy the identities that chose the cut, empty when nothing was cut or the count decided
 * @param printed the numbers as printed, for messages
 * @param missing why the cells cannot be read (Chinese), or ""
 */
record RowCells(List<List<String>> readings, Set<IdentityKind> decidedBy, String printed, String missing) {

    /** The most blank cells a run-together row is checked for. */
    private static final int BLANKS = 2;

    RowCells {
        readings = List.copyOf(readings);
        decidedBy = decidedBy.isEmpty() ? Set.of() : EnumSet.copyOf(decidedBy);
    }

    static RowCells missing(String printed, String why) {
        return new RowCells(List.of(), Set.of(), printed, why);
    }

    boolean isMissing() {
        return readings.isEmpty();
    }

    /** Whether one reading is left. */
    boolean isSettled() {
        return readings.size() == 1;
    }

    /**
     * The cells of a printed row for these fields, given what its neighbours say about digits wrapped in
     * its cells: sure, none of them is read; possible, they are read only while the row's own identity
     * (its 总计) holds on them as printed.
     */
    static RowCells of(PrintedRow row, List<Field> fields, StrayDigits wrapped) {
        List<String> cells = row.valueCells();
        String printed = String.join(" ", cells);
        int width = fields.size();
        if (row.exact()) {
            return exact(cells, width, printed);
        }
        List<String> labels = row.labelCells();
        if (!labels.isEmpty() && Character.isDigit(labels.get(labels.size() - 1).codePointBefore(labels.get(labels.size() - 1).length()))) {
            return missing(printed, "这一行的行名后紧接着数字（" + labels.get(labels.size() - 1) + " " + printed
                    + "），数字可能与行名连在一起，无法确定各数字属于哪一列，未取值，请核对原文");
        }
        String wrapWhy = "这一行旁边另有一行零散数字（" + printed + "），数字可能在单元格内折行，"
                + "无法确定各数字的完整写法，未取值，请核对原文";
        if (wrapped == StrayDigits.SURE) {
            return missing(printed, wrapWhy);
        }
        List<Identity> own = IdentityCheck.within(fields.stream().map(Field::key).toList());
        if (wrapped == StrayDigits.POSSIBLE && (cells.size() != width || own.isEmpty() || !balances(cells, fields, own))) {
            return missing(printed, wrapWhy);
        }
        if (cells.size() == width && cells.stream().allMatch(RowCells::standsAlone)) {
            return new RowCells(List.of(cells), Set.of(), printed, "");
        }
        String countWhy = "这一行印出 " + cells.size() + " 个数字（" + printed + "），应为 " + width
                + " 个：数字可能连在一起或缺了一格，无法确定各属哪一列，未取值，请核对原文";
        if (cells.size() > width) {
            return missing(printed, countWhy);
        }
        Optional<List<List<String>>> cuts = DigitSplits.of(cells, width);
        if (cuts.isEmpty()) {
            return missing(printed, "这一行的数字连在一起（" + printed + "），拆法太多，无法确定，未取值，请核对原文");
        }
        if (cuts.get().isEmpty()) {
            return missing(printed, countWhy);
        }
        return cut(cells, cuts.get(), fields, own, printed);
    }

    /** A table's own row: its cells where they are, trailing (then leading) empty cells beyond the width dropped. */
    private static RowCells exact(List<String> printedCells, int width, String printed) {
        List<String> cells = new ArrayList<>(printedCells);
        while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() > width && cells.get(0).isEmpty()) {
            cells.remove(0);
        }
        if (cells.size() != width) {
            return missing(printed, "这一行有 " + cells.size() + " 个数字格（" + printed + "），应为 " + width
                    + " 个，无法确定各属哪一列，未取值，请核对原文");
        }
        return new RowCells(List.of(cells), Set.of(), printed, "");
    }

    /**
     * The readings of a row whose numbers are fewer than its cells. Without an identity of its own (table
     * 二) only a cut by count is taken, and only when the digits cannot be a shorter row with blank cells
     * either; with one, the cuts under which it holds, unless a shorter row with blank cells holds as well.
     * A blank cell is read as the 0 it shows, except a blank 总计 where the row prints spaces: reports leave
     * totals blank, and spaces show where cells are, so a missing total is as likely as two numbers run
     * together. (A row printed as one run of digits shows no cells at all; it is cut as if all were printed.) A cut by count of one run of digits (one digit a cell) stands even when the row's
     * identity fails: then the table breaks it as printed.
     */
    private static RowCells cut(List<String> tokens, List<List<String>> cuts, List<Field> fields, List<Identity> own,
                                String printed) {
        boolean byCount = cuts.size() == 1 && tokens.size() == 1;
        Optional<List<List<String>>> blanks = DigitSplits.withBlanks(tokens, fields.size(), BLANKS);
        if (own.isEmpty()) {
            return byCount && blanks.isPresent() && blanks.get().isEmpty() ? new RowCells(cuts, Set.of(), printed, "")
                    : missing(printed, "这一行的数字连在一起或缺了一格（" + printed + "），这一部分没有合计可以核对拆法，"
                            + "无法确定，未取值，请核对原文");
        }
        boolean spaced = tokens.size() > 1;
        if (blanks.isEmpty() || blanks.get().stream().anyMatch(b -> spaced ? canBalance(b, fields, own) : balances(b, fields, own))) {
            return missing(printed, "这一行的数字（" + printed + "）少于 " + fields.size() + " 格时也说得通："
                    + "可能有空白单元格，无法确定各数字属于哪一列，未取值，请核对原文");
        }
        if (byCount) {
            return new RowCells(cuts, Set.of(), printed, "");
        }
        List<List<String>> balanced = cuts.stream().filter(c -> balances(c, fields, own)).toList();
        if (balanced.isEmpty()) {
            return missing(printed, "这一行的数字连在一起或缺了一格（" + printed + "），没有一种拆法符合"
                    + IdentityCheck.words(own.get(0).kind()) + "，无法确定，未取值，请核对原文");
        }
        Set<IdentityKind> kinds = EnumSet.noneOf(IdentityKind.class);
        own.forEach(i -> kinds.add(i.kind()));
        return new RowCells(balanced, kinds, printed, "");
    }

    /** Whether every identity holds on these cells, a blank cell (null) read as 0. */
    private static boolean balances(List<String> cells, List<Field> fields, List<Identity> identities) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String c = cells.get(i);
            values.put(fields.get(i).key(), c == null ? BigDecimal.ZERO
                    : PrintedNumber.parse(c).map(PrintedNumber::value).orElse(null));
        }
        return identities.stream().allMatch(i -> IdentityCheck.holds(i, values).orElse(false));
    }

    /**
     * Whether every identity can hold on these cells when a blank total (null in a formula cell) may hold
     * any number not below 0 and any other blank cell is 0: it holds outright without blank totals, and
     * with blank totals on one side only when that side falls short.
     */
    private static boolean canBalance(List<String> cells, List<Field> fields, List<Identity> identities) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String c = cells.get(i);
            BigDecimal blank = fields.get(i).isFormula() ? null : BigDecimal.ZERO;
            values.put(fields.get(i).key(), c == null ? blank : PrintedNumber.parse(c).map(PrintedNumber::value).orElse(null));
        }
        for (Identity identity : identities) {
            BigDecimal left = BigDecimal.ZERO;
            BigDecimal right = BigDecimal.ZERO;
            int leftBlanks = 0;
            int rightBlanks = 0;
            for (Field f : identity.left()) {
                BigDecimal v = values.get(f.key());
                leftBlanks += v == null ? 1 : 0;
                left = v == null ? left : left.add(v);
            }
            for (Field f : identity.right()) {
                BigDecimal v = values.get(f.key());
                rightBlanks += v == null ? 1 : 0;
                right = v == null ? right : right.add(v);
            }
            if (!canBalance(left.compareTo(right), leftBlanks > 0, rightBlanks > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether sides that compare so can be made equal by blanks (at least 0) on the sides that have them. */
    private static boolean canBalance(int leftVersusRight, boolean leftBlank, boolean rightBlank) {
        if (leftBlank && rightBlank) {
            return true;
        }
        if (leftBlank) {
            return leftVersusRight <= 0;
        }
        return rightBlank ? leftVersusRight >= 0 : leftVersusRight == 0;
    }

    /** Whether a printed token is one number as it stands (not digits run together like 00 or 05). */
    private static boolean standsAlone(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFKC).strip();
        return PrintedNumber.isNumber(s) && !(s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1)));
    }
}
