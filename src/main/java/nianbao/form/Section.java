package nianbao.form;

/** The three numeric tables of the report, with their printed headings. */
public enum Section {
    DISCLOSURE("二", "二、主动公开政府信息情况"),
    APPLICATION("三", "三、收到和处理政府信息公开申请情况"),
    REVIEW("四", "四、政府信息公开行政复议、行政诉讼情况");

    private final String numeral;
    private final String heading;

    Section(String numeral, String heading) {
        this.numeral = numeral;
        this.heading = heading;
    }

    /** The Chinese numeral of the table, as in 第三部分. */
    public String numeral() {
        return numeral;
    }

    public String heading() {
        return heading;
    }
}
