package nianbao.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nianbao.form.Field;
import nianbao.form.ValueType;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;

/**
 * The cell rules of form.md §2 applied to the value a reader sees in one cell. A cell that is not a
 * number ({@code not_a_number}) yields no value, so the key stays absent and no total is computed from
 * a guess; blank and 无-like cells yield 0; negative and fractional counts keep their value.
 */
final class CellRules {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern ZERO_LIKE =
            Pattern.compile("无|暂无|没有|空|零|[-—–―~/\\\\_*]+|0+(\\.0+)?[^0-9.].*|[(（]?无[)）]?");
    private static final MathContext SHOWN = new MathContext(15);

    private CellRules() {
    }

    /** What one cell contributes to a return: its value when it has one, and the findings about it. */
    record Reading(Optional<BigDecimal> value, List<Finding> findings) {
        Reading {
            findings = List.copyOf(findings);
        }
    }

    static Reading read(Field field, CellAddress cell, RawCell shown) {
        return switch (shown.kind()) {
            case EMPTY -> zero(field, cell, Code.BLANK, "");
            case NUMBER -> checked(field, cell, stored(shown.text()));
            case TEXT -> text(field, cell, shown.text());
            case ERROR -> notANumber(field, cell, shown.text(),
                    "显示错误值 " + shown.text() + "，请修正该单元格的公式或改填数字");
            case BOOLEAN -> notANumber(field, cell, shown.text(), "填写的是逻辑值 " + shown.text() + "，请改填数字");
        };
    }

    /** A number as stored in the file, to the 15 significant digits a spreadsheet shows. */
    static BigDecimal stored(String digits) {
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

    /** A number typed as text (full-width digits, thousands separators), if the text is one. */
    static Optional<BigDecimal> number(String text) {
        String s = fold(text);
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return NUMBER.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0]+", "").replace('−', '-');
    }

    private static Reading text(Field field, CellAddress cell, String text) {
        String s = fold(text);
        if (s.isEmpty()) {
            return zero(field, cell, Code.BLANK, text);
        }
        Optional<BigDecimal> number = number(s);
        if (number.isPresent()) {
            return checked(field, cell, number.get());
        }
        if (ZERO_LIKE.matcher(s).matches()) {
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
