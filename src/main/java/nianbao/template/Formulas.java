package nianbao.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;

/**
 * The formulas of the data sheet as text, and the values a spreadsheet computes from them, so that
 * every formula cell can carry its cached value: the totals' SUMs, the balance checks, the status.
 */
final class Formulas {

    static final String BALANCED = "平衡";
    static final String ALL_BALANCED = "全部平衡";
    private static final String TEXT_PREFIX = "有";
    private static final String TEXT_SUFFIX = "格填的是文字，合计按0计，请改填数字";

    private Formulas() {
    }

    /** {@code SUM(D27:I27)}: the sum over the field's formula inputs, consecutive cells as ranges. */
    static String sum(Field formula) {
        return sumOf(Form.formulaInputs(formula));
    }

    /**
     * What a check cell shows before the size of the two sides' difference when they do not balance: 不平衡
     * and, on a line of its own, 相差 N, as verify says it.
     */
    static final String UNBALANCED = "不平衡\n相差 ";

    /**
     * The check cell's formula: 平衡 when the balance identity holds, else 不平衡 / 相差 N (N the difference's
     * size). Its sides are summed with {@code SUM}, which counts a text (无, a number stored as text) as 0, as
     * the totals' SUMs and the reader do; {@code +} would show #VALUE! instead.
     */
    static String check(Identity balance) {
        String difference = sumOf(balance.left()) + "-" + sumOf(balance.right());
        String[] lines = UNBALANCED.split("\n");
        return "IF(" + difference + "=0,\"" + BALANCED + "\",\"" + lines[0] + "\"&CHAR(10)&\"" + lines[1] + "\"&ABS(" + difference + "))";
    }

    /** What the check cell shows for these values. */
    static String checkValue(Identity balance, Map<String, BigDecimal> values) {
        BigDecimal difference = side(balance.left(), values).subtract(side(balance.right(), values));
        return difference.signum() == 0 ? BALANCED : UNBALANCED + difference.abs().stripTrailingZeros().toPlainString();
    }

    /**
     * The status cell's formula: how many columns do not balance and where to look; else how many input
     * cells hold text, which the sums count as 0 (so does the reader, and reports each); else 全部平衡.
     */
    static String status() {
        Region block = TemplateLayout.checkBlock();
        String unbalanced = balances().size() + "-COUNTIF(" + block.a1() + ",\"" + BALANCED + "\")";
        String texts = Form.fields().stream().filter(Field::isInput).collect(Collectors.collectingAndThen(Collectors.toList(),
                Formulas::ranges)).stream().map(r -> "SUMPRODUCT(ISTEXT(" + r + ")*1)").collect(Collectors.joining("+"));
        return "IF(" + unbalanced + "=0,IF(" + texts + "=0,\"" + ALL_BALANCED + "\",\"" + TEXT_PREFIX + "\"&(" + texts
                + ")&\"" + TEXT_SUFFIX + "\"),\"" + statusPrefix() + "\"&(" + unbalanced + ")&\"" + statusSuffix() + "\")";
    }

    /** What the status cell shows for these values. */
    static String statusValue(Map<String, BigDecimal> values) {
        return statusValue(balances().stream().filter(b -> !checkValue(b, values).equals(BALANCED)).count());
    }

    /** What the status cell shows when this many check cells do not read 平衡. */
    static String statusValue(long unbalanced) {
        return unbalanced == 0 ? ALL_BALANCED : statusPrefix() + unbalanced + statusSuffix();
    }

    static List<Identity> balances() {
        return Form.identities().stream().filter(i -> i.kind() == IdentityKind.BALANCE).toList();
    }

    private static String statusPrefix() {
        return "不平衡：";
    }

    private static String statusSuffix() {
        return "列，见第" + (TemplateLayout.checkBlock().firstRow() + 1) + "行";
    }

    private static BigDecimal side(List<Field> fields, Map<String, BigDecimal> values) {
        return fields.stream().map(f -> Form.value(f, values)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String sumOf(List<Field> fields) {
        return "SUM(" + String.join(",", ranges(fields)) + ")";
    }

    /** Joins cells into ranges where they run consecutively along a row or a column. */
    private static List<String> ranges(List<Field> fields) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= fields.size(); i++) {
            if (i == fields.size() || !adjacent(fields.get(i - 1), fields.get(i), fields.get(start))) {
                parts.add(new Region(row(fields.get(start)), row(fields.get(i - 1)), col(fields.get(start)), col(fields.get(i - 1))).a1());
                start = i;
            }
        }
        return parts;
    }

    /** Whether {@code next} continues the run from {@code first} through {@code previous}. */
    private static boolean adjacent(Field previous, Field next, Field first) {
        boolean alongRow = row(next) == row(first) && row(previous) == row(first) && col(next) == col(previous) + 1;
        boolean alongColumn = col(next) == col(first) && col(previous) == col(first) && row(next) == row(previous) + 1;
        return alongRow || alongColumn;
    }

    private static int row(Field f) {
        return TemplateLayout.cell(f).row();
    }

    private static int col(Field f) {
        return TemplateLayout.cell(f).column();
    }
}
