package nianbao.verify;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nianbao.form.Field;
import nianbao.form.Identity;
import nianbao.model.Return;

/** Phrases a broken identity in the form's own words, with the numbers and their difference. */
final class IdentityMessage {

    private IdentityMessage() {
    }

    static String of(Return r, Identity identity, BigDecimal left, BigDecimal right) {
        String where = "第" + identity.anchor().section().numeral() + "部分";
        String l = Amounts.text(left);
        String rt = Amounts.text(right);
        String difference = "，相差 " + Amounts.text(left.subtract(right).abs()) + "。";
        return where + switch (identity.kind()) {
            case ROW_TOTAL -> "「" + String.join(" ", identity.anchor().rowLabels()) + "」行：总计为 " + l
                    + "，但六类申请人之和为 " + rt;
            case RESULTS_TOTAL -> identity.scope() + "：" + shortRow(identity.anchor()) + "为 " + l
                    + "，但 " + identity.right().size() + " 项办理结果之和为 " + rt;
            case BALANCE -> identity.scope() + "：" + terms(r, identity.left()) + "=" + l
                    + "，但" + terms(r, identity.right()) + "=" + rt;
            case REVIEW_TOTAL -> identity.scope() + "：总计为 " + l + "，但"
                    + identity.right().stream().map(Field::columnLabel).collect(Collectors.joining("、")) + "之和为 " + rt;
        } + difference;
    }

    /** 一(12)+二(3): each matrix row by its printed number, with its value. */
    private static String terms(Return r, List<Field> fields) {
        return fields.stream().map(f -> shortRow(f) + "(" + Amounts.text(r.value(f)) + ")").collect(Collectors.joining("+"));
    }

    /** A matrix row by its printed number: 一、本年新收… → 一; (七) 总计 → （七）总计. */
    static String shortRow(Field f) {
        return f.rowNumber();
    }
}
