package nianbao.form;

import java.util.List;

/**
 * The consolidated workbook's own layout, declared once: its sheets and the headers of the columns before the
 * form's keys on 明细, and those of 校验 and 清单. {@code consolidate} writes it; the reader of sub-summaries and
 * of last year's workbooks reads 明细 back by the same names.
 */
public final class ConsolidatedLayout {

    /** The three tables with the sums, laid out as the template; itself summable one level up. */
    public static final String SUMMARY = "汇总";
    /** One row per return summed, every key in a column. */
    public static final String DETAIL = "明细";
    /** Every finding of every file. */
    public static final String CHECKS = "校验";
    /** Every input file, and the roster's agencies that did not report. */
    public static final String RECEIPT = "清单";
    /** A subtotal per roster group. */
    public static final String GROUPS = "分组小计";
    /** Last year's number, this year's, and the change, per key. */
    public static final String YEAR_OVER_YEAR = "同比";
    /** The charts. */
    public static final String CHARTS = "图表";

    /** The header of 明细's column of agency names. */
    public static final String AGENCY = "单位";
    /** The header of the column naming the file a row's numbers were read from. */
    public static final String FILE = "文件";
    /** The header of the column naming the input a file came through: itself, or the sub-summary that listed it. */
    public static final String SOURCE = "来源";
    /** The header of the column of each file's status. */
    public static final String STATUS = "状态";

    /** 明细's columns before the form's keys: who, which year, when filed, the file, the input it came through, its status. */
    public static final List<String> DETAIL_HEAD = List.of(AGENCY, MetaKey.CREDIT_CODE.label(), MetaKey.YEAR.label(),
            MetaKey.DATE.label(), FILE, SOURCE, STATUS);
    /** 校验's columns. */
    public static final List<String> CHECKS_HEAD = List.of(FILE, AGENCY, "代码", "级别", "单元格", "应为", "实为", "说明");
    /** 清单's columns. */
    public static final List<String> RECEIPT_HEAD = List.of(FILE, STATUS, "说明", AGENCY, MetaKey.CREDIT_CODE.label(),
            MetaKey.YEAR.label(), "计入汇总", "分组", "大小（字节）", "SHA-256");

    private ConsolidatedLayout() {
    }
}
