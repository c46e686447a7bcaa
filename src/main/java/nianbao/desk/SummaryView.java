package nianbao.desk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.render.RenderFormat;
import nianbao.verify.Verifier;

/**
 * The 汇总 part of the page: the totals in the official tables (the renderer's HTML), whether they balance
 * (the verifier over the totals), and the data of the two charts the consolidated workbook also draws.
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
        Return totals = totals(s);
        List<Finding> errors = Verifier.verify(totals).stream().filter(Finding::isError).toList();
        long summed = s.report().path("summary").path("summed").asLong();
        String line = summed == 0 ? "还没有计入汇总的报表（只合计通过校验的报表）"
                : errors.isEmpty() ? "已合计 " + summed + " 份通过校验的报表；合计数的勾稽关系全部平衡"
                : "已合计 " + summed + " 份报表；合计数有 " + errors.size() + " 处不平衡：" + errors.get(0).message();
        List<Bar> ranking = s.ranking().stream().map(r -> new Bar(r.agency(), r.value().longValue())).toList();
        return new SummaryView(line, errors.isEmpty(), RenderFormat.HTML.render(totals), ranking, results(s.totals()));
    }

    /** The totals as a return of the consolidating body and year. */
    private static Return totals(Snapshot s) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, s.state().season().body());
        if (s.state().season().year() != null) {
            meta.put(MetaKey.YEAR, String.valueOf(s.state().season().year()));
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Form.fields().forEach(f -> values.put(f.key(), s.totals().getOrDefault(f.key(), BigDecimal.ZERO)));
        return new Return("汇总", meta, values, Map.of(), List.of());
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
