package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.form.Field;
import nianbao.form.IdentityKind;
import nianbao.form.ValueType;
import nianbao.model.Code;
import nianbao.model.Finding;

/** Collects the values read from a published report and what was found while reading them. */
final class Readings {

    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> blanks = new LinkedHashSet<>();

    /** Reads one printed cell into a field: a number, a word for zero, a blank or text. */
    void read(Field field, String text) {
        if (text.isBlank()) {
            blanks.add(field.key());
            missing(field, "印出的单元格为空，未取值；如应为0，请在报告中填写0");
            return;
        }
        Optional<PrintedNumber> number = PrintedNumber.parse(text);
        if (number.isEmpty()) {
            finding(Code.NOT_A_NUMBER, field, "数字", text, "印的是「" + text + "」，不是数字");
            return;
        }
        BigDecimal value = number.get().value();
        values.put(field.key(), value);
        if (number.get().zeroWord()) {
            finding(Code.TEXT_AS_ZERO, field, "0", text, "印的是「" + text + "」，按0计");
        } else if (value.signum() < 0) {
            finding(Code.NEGATIVE, field, "不小于0的数", text, "印的是负数 " + text);
        } else if (field.type() == ValueType.COUNT && value.stripTrailingZeros().scale() > 0) {
            finding(Code.NOT_INTEGER, field, "整数", text, "件数印的是 " + text + "，不是整数");
        }
    }

    /** A field whose value could not be read: absent from the values, named by a missing_cell finding. */
    void missing(Field field, String why) {
        finding(Code.MISSING_CELL, field, "", "", why);
    }

    /** A field the report's layout does not print, taken as 0 with a warning. */
    void notPrinted(Field field, String why) {
        values.put(field.key(), BigDecimal.ZERO);
        finding(Code.BLANK, field, "", "", why);
    }

    /** A cell cut out of digits printed run together, named with the identities that decided the cut. */
    void split(Field field, String value, String printed, Set<IdentityKind> decidedBy) {
        String by = decidedBy.stream().sorted().map(IdentityCheck::words).collect(Collectors.joining("、"));
        finding(Code.SPLIT_INFERRED, field, value, printed, "印出的数字连在一起（" + printed + "），按" + by
                + "拆分：只有这一种拆法成立");
    }

    /** A title holding two years side by side (a comparison of two reports): no year is taken, with a warning. */
    void twoYears(List<String> years) {
        String printed = String.join("、", years);
        findings.add(new Finding(Code.YEAR_MISMATCH, List.of(), null, "", printed, "本报告标题处并列印出 " + printed
                + " 年的报告（像是两个年度的对照），无法确定是哪一年度的报告，未取年度与单位；请把各年度的报告分开后再读取"));
    }

    void note(String note) {
        notes.add(note);
    }

    Map<String, BigDecimal> values() {
        return values;
    }

    List<Finding> findings() {
        return findings;
    }

    List<String> notes() {
        return notes;
    }

    /** The keys whose printed cell is blank. */
    Set<String> blanks() {
        return blanks;
    }

    private void finding(Code code, Field field, String expected, String actual, String what) {
        findings.add(new Finding(code, List.of(field.key()), null, expected, actual,
                field.describe() + "：" + what));
    }
}
