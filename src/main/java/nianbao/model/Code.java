package nianbao.model;

import java.util.Arrays;
import java.util.Optional;
import nianbao.form.IdentityKind;

/** Every kind of finding, with its stable code of form.md and its severity. */
public enum Code {
    ROW_TOTAL("row_total", Severity.ERROR, "行合计不符"),
    RESULTS_TOTAL("results_total", Severity.ERROR, "办理结果总计不符"),
    BALANCE("balance", Severity.ERROR, "勾稽关系不平衡"),
    REVIEW_TOTAL("review_total", Severity.ERROR, "复议诉讼总计不符"),
    NOT_A_NUMBER("not_a_number", Severity.ERROR, "不是数字"),
    NEGATIVE("negative", Severity.ERROR, "负数"),
    NOT_INTEGER("not_integer", Severity.ERROR, "件数不是整数"),
    MISSING_CELL("missing_cell", Severity.ERROR, "找不到单元格"),
    BLANK("blank", Severity.WARNING, "空白按0计"),
    TEXT_AS_ZERO("text_as_zero", Severity.WARNING, "文字按0计"),
    FORMULA_REPLACED("formula_replaced", Severity.WARNING, "公式被改为数值"),
    FORMULA_ALTERED("formula_altered", Severity.WARNING, "公式被修改"),
    STALE_FORMULA("stale_formula", Severity.WARNING, "公式缓存值与其输入不符"),
    CARRY_MISMATCH("carry_mismatch", Severity.WARNING, "上年结转与上年结转下年度不符"),
    IN_FORCE_ROLL("in_force_roll", Severity.WARNING, "现行有效件数与上年不衔接"),
    UNCHANGED_FROM_PREVIOUS("unchanged_from_previous", Severity.WARNING, "与上年数字完全相同"),
    DUPLICATE_RETURN("duplicate_return", Severity.WARNING, "重复报送"),
    YEAR_MISMATCH("year_mismatch", Severity.WARNING, "年度不符"),
    EMPTY_RETURN("empty_return", Severity.ERROR, "报表未填写"),
    /** A number stored as text in a cell that a formula of the return sums over: its shown total leaves it out. */
    NUMBER_AS_TEXT("number_as_text", Severity.ERROR, "数字存为文本"),
    /** A number stored as text in a cell no formula sums over: read as its number, reported for mending. */
    NUMBER_AS_TEXT_UNSUMMED("number_as_text", Severity.WARNING, "数字存为文本"),
    NAME_MISPLACED("name_misplaced", Severity.ERROR, "名称指向错误"),
    OVERLAP("overlap", Severity.WARNING, "重复计入"),
    /** A consolidated workbook given as input whose 汇总 differs from the sum of its 明细 rows. */
    DETAIL_MISMATCH("detail_mismatch", Severity.ERROR, "汇总与明细不符"),
    SPLIT_INFERRED("split_inferred", Severity.WARNING, "连写数字已拆分"),
    /** Published reports of different agencies whose table holds the very same numbers: the copied-report pattern. */
    IDENTICAL_TABLES("identical_tables", Severity.WARNING, "与其他单位的表格数字完全相同");

    private final String code;
    private final Severity severity;
    private final String title;

    Code(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    /** The stable code of form.md, as printed in JSON. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** A few Chinese words naming the problem, for table headers and summaries. */
    public String title() {
        return title;
    }

    public static Code of(IdentityKind kind) {
        return switch (kind) {
            case ROW_TOTAL -> ROW_TOTAL;
            case RESULTS_TOTAL -> RESULTS_TOTAL;
            case BALANCE -> BALANCE;
            case REVIEW_TOTAL -> REVIEW_TOTAL;
        };
    }

    public static Optional<Code> find(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
