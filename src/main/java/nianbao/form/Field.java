package nianbao.form;

import java.util.List;
import java.util.Objects;

/**
 * One numeric cell of the form: its key (also its defined name), where it sits, its printed labels,
 * what it holds and whether it is typed in or computed.
 *
 * @param index position in {@link Form#fields()}, 0 to 199
 * @param key the stable key of form.md, e.g. {@code application.new.natural_person}
 * @param section the table it belongs to
 * @param rowLabels the printed row label path, outermost first
 * @param columnLabels the printed column header path, outermost first
 * @param shortLabel the innermost column label as a narrow column header shows it (e.g. 收费金额（万元）)
 * @param type count or 万元 amount
 * @param role input or formula
 */
public record Field(
        int index,
        String key,
        Section section,
        List<String> rowLabels,
        List<String> columnLabels,
        String shortLabel,
        ValueType type,
        Role role) {

    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(shortLabel, "shortLabel");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
    }

    public boolean isFormula() {
        return role == Role.FORMULA;
    }

    public boolean isInput() {
        return role == Role.INPUT;
    }

    /** The innermost row label, e.g. 1.属于国家秘密. */
    public String rowLabel() {
        return rowLabels.get(rowLabels.size() - 1);
    }

    /** The innermost column label, e.g. 商业企业. */
    public String columnLabel() {
        return columnLabels.get(columnLabels.size() - 1);
    }

    /** The row by its printed number: 一、本年新收… → 一; (七) 总计 → （七）总计; other labels as printed. */
    public String rowNumber() {
        String label = rowLabel();
        int comma = label.indexOf('、');
        return comma > 0 ? label.substring(0, comma) : label.replace(" ", "").replace('(', '（').replace(')', '）');
    }

    /**
     * The row this cell sits in, as one heading over the cells that share it: 一、本年新收政府信息公开申请数量,
     * 第二十条第（一）项 规章, 行政诉讼 未经复议直接起诉.
     */
    public String rowHeading() {
        return String.join(" ", rowLabels);
    }

    /** How a clerk names this cell: 第三部分「（三）不予公开 1.属于国家秘密」行「商业企业」列. */
    public String describe() {
        return "第" + section.numeral() + "部分「" + String.join(" ", rowLabels) + "」行「" + columnLabel() + "」列";
    }

    @Override
    public String toString() {
        return key;
    }
}
