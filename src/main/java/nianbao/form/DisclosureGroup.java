package nianbao.form;

import java.util.List;

/** The four sub-tables of table 二, each headed by the article of the regulation it reports on. */
public enum DisclosureGroup {
    DOCUMENTS("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数")),
    LICENSING("第二十条第（五）项", List.of("本年处理决定数量")),
    ENFORCEMENT("第二十条第（六）项", List.of("本年处理决定数量")),
    FEES("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of("收费金额（万元）"));

    /** The header of the first column of every sub-table. */
    public static final String ITEM_HEADER = "信息内容";

    private final String heading;
    private final List<String> columnLabels;
    private final List<String> shortLabels;

    DisclosureGroup(String heading, List<String> columnLabels) {
        this(heading, columnLabels, columnLabels);
    }

    DisclosureGroup(String heading, List<String> columnLabels, List<String> shortLabels) {
        this.heading = heading;
        this.columnLabels = columnLabels;
        this.shortLabels = shortLabels;
    }

    public String heading() {
        return heading;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The column labels as a narrow column header shows them: the printed ones, shortened where they are long. */
    public List<String> shortLabels() {
        return shortLabels;
    }
}
