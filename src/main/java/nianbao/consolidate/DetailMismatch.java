package nianbao.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nianbao.form.ConsolidatedLayout;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * Checks a sub-summary against its members: each number of its 汇总 must be the sum of that key over
 * the rows of its 明细. Where they differ nianbao cannot tell which one is right, so the sub-summary is
 * invalid and neither is counted (with --include-invalid, its members are).
 */
final class DetailMismatch {

    private DetailMismatch() {
    }

    /** One {@code detail_mismatch} error per key whose 汇总 value is not the sum of the members'. */
    static List<Finding> findings(String file, Return summary, FormSums members) {
        List<Finding> findings = new ArrayList<>();
        for (Field f : Form.fields()) {
            BigDecimal stated = summary.valueAt(f.index());
            BigDecimal sum = members.total(f.index());
            if (stated != null && stated.compareTo(sum) != 0) {
                findings.add(new Finding(Code.DETAIL_MISMATCH, List.of(f.key()), summary.findCell(f.key()).orElse(null),
                        sum.toPlainString(), stated.toPlainString(), message(file, f, stated, sum)));
            }
        }
        return findings;
    }

    private static String message(String file, Field f, BigDecimal stated, BigDecimal sum) {
        return "汇总表 " + file + " 的「" + ConsolidatedLayout.SUMMARY + "」中" + f.describe() + "为 " + stated.toPlainString()
                + "，但其「" + ConsolidatedLayout.DETAIL + "」各行之和为 " + sum.toPlainString() + "，相差 "
                + stated.subtract(sum).abs().toPlainString() + "；无法判断哪一个是对的，本汇总表及其明细中的单位都未计入汇总。"
                + "请向报送单位核实后重新提交（加 --include-invalid 时按明细逐个单位计入）";
    }
}
