package nianbao.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * Compares a return with the same agency's return of the year before: the carried-over applications,
 * the rolling count of documents in force, and the copied-report pattern. Pure; all warnings.
 */
public final class CrossYear {

    private static final String IN_FORCE = "in_force";

    private CrossYear() {
    }

    /** The carry_mismatch, in_force_roll and unchanged_from_previous findings, sorted. */
    public static List<Finding> compare(Return current, Return previous) {
        List<Finding> findings = new ArrayList<>();
        for (Applicant col : Applicant.values()) {
            carry(current, previous, col).ifPresent(findings::add);
        }
        for (DisclosureItem item : DisclosureItem.values()) {
            if (item.columnKeys().contains(IN_FORCE)) {
                inForce(current, previous, item).ifPresent(findings::add);
            }
        }
        unchanged(current, previous).ifPresent(findings::add);
        return findings.stream().sorted().toList();
    }

    private static Optional<Finding> carry(Return current, Return previous, Applicant col) {
        Field over = Form.matrix(MatrixRow.CARRIED_OVER, col);
        Field forward = Form.matrix(MatrixRow.CARRIED_FORWARD, col);
        if (!read(current, over) || !read(previous, forward)
                || current.value(over).compareTo(previous.value(forward)) == 0) {
            return Optional.empty();
        }
        BigDecimal actual = current.value(over);
        BigDecimal expected = previous.value(forward);
        return Optional.of(new Finding(Code.CARRY_MISMATCH, List.of(over.key(), forward.key()), current.cells().get(over.key()),
                Amounts.text(expected), Amounts.text(actual),
                over.describe() + "：填报 " + Amounts.text(actual) + "，但" + lastYear(previous) + "报表「"
                        + forward.rowLabel() + "」为 " + Amounts.text(expected) + difference(actual, expected)));
    }

    private static Optional<Finding> inForce(Return current, Return previous, DisclosureItem item) {
        Field inForce = Form.disclosure(item, IN_FORCE);
        Field issued = Form.disclosure(item, "issued");
        Field repealed = Form.disclosure(item, "repealed");
        if (!Stream.of(inForce, issued, repealed).allMatch(f -> read(current, f)) || !read(previous, inForce)) {
            return Optional.empty();
        }
        BigDecimal actual = current.value(inForce);
        BigDecimal before = previous.value(inForce);
        BigDecimal expected = before.add(current.value(issued)).subtract(current.value(repealed));
        if (actual.compareTo(expected) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Code.IN_FORCE_ROLL, List.of(inForce.key(), issued.key(), repealed.key()),
                current.cells().get(inForce.key()), Amounts.text(expected), Amounts.text(actual),
                "第二部分「" + item.label() + "」行「" + inForce.columnLabel() + "」：填报 " + Amounts.text(actual)
                        + "，但" + lastYear(previous) + inForce.columnLabel() + " " + Amounts.text(before) + " + " + issued.columnLabel() + " "
                        + Amounts.text(current.value(issued)) + " − " + repealed.columnLabel() + " "
                        + Amounts.text(current.value(repealed)) + " = " + Amounts.text(expected)
                        + difference(actual, expected)));
    }

    private static Optional<Finding> unchanged(Return current, Return previous) {
        boolean allRead = Form.fields().stream().allMatch(f -> read(current, f) && read(previous, f));
        boolean same = allRead && Form.fields().stream().allMatch(f -> current.value(f).compareTo(previous.value(f)) == 0);
        boolean allZero = Form.fields().stream().allMatch(f -> current.value(f).signum() == 0);
        if (!same || allZero) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Code.UNCHANGED_FROM_PREVIOUS, List.of(), null, "", "",
                "全部 " + Form.SIZE + " 个数字与" + lastYear(previous) + "报表（" + previous.source()
                        + "）完全相同：请核实是否照抄了上年的报表。"));
    }

    private static boolean read(Return r, Field f) {
        return r.values().containsKey(f.key());
    }

    private static String lastYear(Return previous) {
        return previous.year().isPresent() ? "上年（" + previous.year().getAsInt() + " 年）" : "上年";
    }

    private static String difference(BigDecimal a, BigDecimal b) {
        return "，相差 " + Amounts.text(a.subtract(b).abs()) + "。";
    }
}
