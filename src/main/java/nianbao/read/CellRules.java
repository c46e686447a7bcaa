package nianbao.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nianbao.form.Field;
import nianbao.form.ValueType;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.NumberText;

/**
 * The cell rules of form.md §2 applied to the value a reader sees in one cell. A cell that is not a
 * number ({@code not_a_number}) yields no value, so the key stays absent and no total is computed from
 * a guess; blank and 无-like cells yield 0; a number stored as text yields its number and a
 * {@code number_as_text} finding; negative and fractional counts keep their value.
 *
 * <p>The one rule for text in a number cell, kept alike by the template's formulas (which sum with
 * {@code SUM}) and by the reader: a spreadsheet's formulas count any text as 0. So 无 and the like count 0
 * in the sheet and here (a warning); a number stored as text is left out of every formula over it, which
 * makes the shown total wrong (an error when a formula of the return sums over the cell).
 */
public final class CellRules {

    private static final MathContext SHOWN = new MathContext(15);

    private CellRules() {
    }

    /** What one cell contributes to a return: its value when it has one, and the findings about it. */
    record Reading(Optional<BigDecimal> value, List<Finding> findings) {
        Reading {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Where a cell stands in its return, as far as the rules care.
     *
     * @param summed whether a formula of the return's form sums over the cell
     * @param templateFormula for a total of a template-based return, the template's formula without '=', else null
     */
    record Context(boolean summed, String templateFormula) {
        /** A cell no formula sums over, not a template total. */
        static final Context PLAIN = new Context(false, null);
    }

    static Reading read(Field field, CellAddress cell, RawCell shown) {
        return read(field, cell, shown, Context.PLAIN);
    }

    static Reading read(Field field, CellAddress cell, RawCell shown, Context context) {
        return switch (shown.kind()) {
            case EMPTY -> blank(field, cell, "", context);
            case NUMBER -> checked(field, cell, stored(shown.text()));
            case TEXT -> text(field, cell, shown.text(), context);
            case ERROR -> notANumber(field, cell, shown.text(),
                    "显示错误值 " + shown.text() + "，请修正该单元格的公式或改填数字");
            case BOOLEAN -> notANumber(field, cell, shown.text(), "填写的是逻辑值 " + shown.text() + "，请改填数字");
        };
    }

    /** A number as stored in the file, to the 15 significant digits a spreadsheet shows. */
    public static BigDecimal stored(String digits) {
        if (isSmallInteger(digits)) {
            return BigDecimal.valueOf(Long.parseLong(digits));
        }
        BigDecimal v = new BigDecimal(digits.strip()).round(SHOWN).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Up to 15 ASCII digits with an optional minus sign: stored exactly as a long, no rounding needed. */
    private static boolean isSmallInteger(String s) {
        int start = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        if (s.length() == start || s.length() - start > 15) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Reading text(Field field, CellAddress cell, String text, Context context) {
        if (Normalizer.normalize(text, Normalizer.Form.NFKC).isBlank()) {
            return blank(field, cell, text, context);
        }
        Optional<BigDecimal> number = NumberText.typed(text);
        if (number.isPresent()) {
            Reading checked = checked(field, cell, number.get());
            List<Finding> findings = new ArrayList<>(checked.findings());
            findings.add(numberAsText(field, cell, text, number.get(), context.summed()));
            return new Reading(checked.value(), findings);
        }
        if (NumberText.isZeroWord(text)) {
            return zero(field, cell, Code.TEXT_AS_ZERO, text);
        }
        return notANumber(field, cell, text, "填写的「" + text.strip() + "」不是数字，请改为数字");
    }

    private static Reading checked(Field field, CellAddress cell, BigDecimal v) {
        List<Finding> findings = new ArrayList<>();
        if (v.signum() < 0) {
            findings.add(finding(Code.NEGATIVE, field, cell, "≥0", v,
                    "为负数 " + v.toPlainString() + "，" + kind(field) + "不能为负，请改正"));
        }
        if (field.type() == ValueType.COUNT && v.stripTrailingZeros().scale() > 0) {
            findings.add(finding(Code.NOT_INTEGER, field, cell, "整数", v,
                    "为 " + v.toPlainString() + "，件数应为整数，请改正"));
        }
        BigDecimal value = field.type() == ValueType.COUNT && v.stripTrailingZeros().scale() <= 0
                ? v.setScale(0, java.math.RoundingMode.UNNECESSARY) : v;
        return new Reading(Optional.of(value), findings);
    }

    /**
     * A number stored as text: the value is the number the clerk meant; the finding says how to store it
     * as a number, and, when a formula sums over the cell, that the shown total leaves it out.
     */
    private static Finding numberAsText(Field field, CellAddress cell, String text, BigDecimal number, boolean summed) {
        String shown = number.toPlainString();
        String what = "（" + cell + "）的「" + text.strip() + "」是以文本形式保存的数字，";
        String mend = "请选中该单元格，删去开头的单引号（全角数字改为半角）后重新输入数字 " + shown;
        return summed
                ? new Finding(Code.NUMBER_AS_TEXT, List.of(field.key()), cell, shown, text,
                        field.describe() + what + "表中的合计公式没有把它算进去；" + mend + "，合计会自动更新。")
                : new Finding(Code.NUMBER_AS_TEXT_UNSUMMED, List.of(field.key()), cell, shown, text,
                        field.describe() + what + "已按 " + shown + " 计；" + mend + "。");
    }

    /** An empty cell: 0, or for a template total whose formula was deleted, 0 and the formula to restore. */
    private static Reading blank(Field field, CellAddress cell, String text, Context context) {
        if (context.templateFormula() == null) {
            return zero(field, cell, Code.BLANK, text);
        }
        String message = field.describe() + "（" + cell + "）为空：这里原是自动求和的公式 =" + context.templateFormula()
                + "，已被删除，现按 0 计；请恢复该公式（可从最新模板复制），不要手填数字。";
        return new Reading(Optional.of(BigDecimal.ZERO), List.of(new Finding(Code.BLANK, List.of(field.key()), cell,
                "=" + context.templateFormula(), text, message)));
    }

    private static Reading zero(Field field, CellAddress cell, Code code, String text) {
        String what = code == Code.BLANK ? "为空" : "填写的是「" + text.strip() + "」";
        String message = field.describe() + "（" + cell + "）" + what + "，已按 0 计；如本项确为 0，请填写数字 0。";
        return new Reading(Optional.of(BigDecimal.ZERO),
                List.of(new Finding(code, List.of(field.key()), cell, "0", text, message)));
    }

    private static Reading notANumber(Field field, CellAddress cell, String actual, String what) {
        return new Reading(Optional.empty(), List.of(new Finding(Code.NOT_A_NUMBER, List.of(field.key()), cell,
                "数字", actual, field.describe() + "（" + cell + "）" + what + "。")));
    }

    private static Finding finding(Code code, Field field, CellAddress cell, String expected, BigDecimal v, String what) {
        return new Finding(code, List.of(field.key()), cell, expected, v.toPlainString(),
                field.describe() + "（" + cell + "）" + what + "。");
    }

    private static String kind(Field field) {
        return field.type() == ValueType.AMOUNT ? "金额" : "件数";
    }
}
