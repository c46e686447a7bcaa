package nianbao.extract;

import java.util.List;
import nianbao.form.Labels;

/**
 * The national format a published report follows, told apart by the column headers of table 二:
 * the 2021 format in force, or the 2019 trial format (试行) of the 2019 and 2020 reports.
 */
public enum ReportFormat {
    F2021("2021", List.of()),
    F2019("2019", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
            "采购项目数量", "采购总金额"));

    private final String code;
    private final List<String> ownColumnLabels;

    ReportFormat(String code, List<String> ownColumnLabels) {
        this.code = code;
        this.ownColumnLabels = ownColumnLabels;
    }

    /** The year naming the format, as printed in output. */
    public String code() {
        return code;
    }

    /** The column headers of table 二 found only in this format. */
    public List<String> ownColumnLabels() {
        return ownColumnLabels;
    }

    /** The format whose own table 二 headers appear in the text of table 二, else 2021. */
    static ReportFormat detect(String disclosureText) {
        String text = Labels.normalize(disclosureText);
        boolean legacy = F2019.ownColumnLabels.stream().map(Labels::normalize).anyMatch(text::contains);
        return legacy ? F2019 : F2021;
    }
}
