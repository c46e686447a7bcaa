package nianbao.form;

import java.util.Arrays;
import java.util.List;

/** The 25 rows of the application matrix in printed order, with their printed label path. */
public enum MatrixRow {
    NEW("new", "一、本年新收政府信息公开申请数量"),
    CARRIED_OVER("carried_over", "二、上年结转政府信息公开申请数量"),
    GRANTED("granted", MatrixRow.RESULTS, "(一) 予以公开"),
    PARTIAL("partial", MatrixRow.RESULTS, "(二) 部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET("withheld.state_secret", MatrixRow.RESULTS, MatrixRow.WITHHELD, "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW("withheld.prohibited_by_law", MatrixRow.RESULTS, MatrixRow.WITHHELD, "2.其他法律行政法规禁止公开"),
    WITHHELD_SAFETY_STABILITY("withheld.safety_stability", MatrixRow.RESULTS, MatrixRow.WITHHELD, "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY("withheld.third_party", MatrixRow.RESULTS, MatrixRow.WITHHELD, "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS("withheld.internal_affairs", MatrixRow.RESULTS, MatrixRow.WITHHELD, "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFO("withheld.process_info", MatrixRow.RESULTS, MatrixRow.WITHHELD, "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_FILE("withheld.enforcement_file", MatrixRow.RESULTS, MatrixRow.WITHHELD, "7.属于行政执法案卷"),
    WITHHELD_QUERY_MATTER("withheld.query_matter", MatrixRow.RESULTS, MatrixRow.WITHHELD, "8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD("unavailable.not_held", MatrixRow.RESULTS, MatrixRow.UNAVAILABLE, "1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION("unavailable.needs_creation", MatrixRow.RESULTS, MatrixRow.UNAVAILABLE, "2.没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR("unavailable.unclear", MatrixRow.RESULTS, MatrixRow.UNAVAILABLE, "3.补正后申请内容仍不明确"),
    DECLINED_COMPLAINT("declined.complaint", MatrixRow.RESULTS, MatrixRow.DECLINED, "1.信访举报投诉类申请"),
    DECLINED_REPEATED("declined.repeated", MatrixRow.RESULTS, MatrixRow.DECLINED, "2.重复申请"),
    DECLINED_PUBLICATION("declined.publication", MatrixRow.RESULTS, MatrixRow.DECLINED, "3.要求提供公开出版物"),
    DECLINED_EXCESSIVE("declined.excessive", MatrixRow.RESULTS, MatrixRow.DECLINED, "4.无正当理由大量反复申请"),
    DECLINED_RECONFIRM("declined.reconfirm", MatrixRow.RESULTS, MatrixRow.DECLINED, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION("other.no_correction", MatrixRow.RESULTS, MatrixRow.OTHER,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_UNPAID_FEE("other.unpaid_fee", MatrixRow.RESULTS, MatrixRow.OTHER,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_OTHER("other.other", MatrixRow.RESULTS, MatrixRow.OTHER, "3.其他"),
    TOTAL("total", MatrixRow.RESULTS, "(七) 总计"),
    CARRIED_FORWARD("carried_forward", "四、结转下年度继续办理");

    /** The printed note over the label columns of the matrix (勾稽关系). */
    public static final String BALANCE_NOTE = "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)";

    private static final String RESULTS = "三、本年度办理结果";
    private static final String WITHHELD = "(三) 不予公开";
    private static final String UNAVAILABLE = "(四) 无法提供";
    private static final String DECLINED = "(五) 不予处理";
    private static final String OTHER = "(六) 其他处理";

    private final String key;
    private final List<String> labels;

    MatrixRow(String key, String... labels) {
        this.key = key;
        this.labels = List.of(labels);
    }

    public String key() {
        return key;
    }

    /** The printed label path, outermost first: e.g. 三、本年度办理结果 / (三) 不予公开 / 1.属于国家秘密. */
    public List<String> labels() {
        return labels;
    }

    /** The innermost printed label. */
    public String label() {
        return labels.get(labels.size() - 1);
    }

    /** One of the 21 result rows (予以公开 … 其他), which (七)总计 sums. */
    public boolean isResult() {
        return labels.size() > 1 && this != TOTAL;
    }

    public boolean isTotal() {
        return this == TOTAL;
    }

    /** The 21 result rows in printed order. */
    public static List<MatrixRow> results() {
        return Arrays.stream(values()).filter(MatrixRow::isResult).toList();
    }
}
