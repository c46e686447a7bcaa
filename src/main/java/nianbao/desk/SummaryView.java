package nianbao.desk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.model.Finding;

/**
 * The 汇总 part of the page: the consolidated workbook's 汇总 in the official tables (the renderer's HTML), whether
 * it balances (the renderer's errors), and the data of the two charts the consolidated workbook also draws.
 *
 * @param line the balance status in words
 * @param balanced whether the totals hold every identity
 * @param html the renderer's page of the totals
 * @param ranking the agencies with the most applications received, the most first
 * @param results the results of the year by kind
 */
record SummaryView(String line, boolean balanced, String html, List<Bar> ranking, List<Bar> results) {

    /** One bar or slice: its label and value. */
    record Bar(String label, long value) {
    }

    static SummaryView of(Snapshot s) {
        List<Finding> errors = s.tables().errors();
        long summed = s.consolidation().summedCount();
        String line = !s.otherYear().isEmpty() ? s.otherYear()
                : summed == 0 ? "还没有计入汇总的报表（只合计通过校验的报表）"
                : errors.isEmpty() ? "已合计 " + summed + " 份通过校验的报表；合计数的勾稽关系全部平衡"
                : "已合计 " + summed + " 份报表；合计数有 " + errors.size() + " 处不平衡：" + errors.get(0).message();
        List<Bar> ranking = s.consolidation().top().stream().map(r -> new Bar(r.agency(), r.value().longValue())).toList();
        return new SummaryView(line, errors.isEmpty() && s.otherYear().isEmpty(), s.tables().text(), ranking,
                results(s.consolidation().totals()));
    }

    /** 办理结果 by its kinds ((一) 予以公开 … (六) 其他处理), from the 总计 column, as the workbook's pie shows them. */
    private static List<Bar> results(Map<String, BigDecimal> totals) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (MatrixRow row : MatrixRow.results()) {
            BigDecimal v = totals.getOrDefault(Form.matrix(row, Applicant.TOTAL).key(), BigDecimal.ZERO);
            kinds.merge(row.labels().get(1), v.longValue(), Long::sum);
        }
        List<Bar> bars = new ArrayList<>();
        kinds.forEach((k, v) -> bars.add(new Bar(k, v)));
        return bars;
    }
}
