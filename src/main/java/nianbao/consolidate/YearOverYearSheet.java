package nianbao.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Return;

/** The sheet 同比: every key with last year's consolidated value, this year's sum and the change. */
final class YearOverYearSheet {

    private YearOverYearSheet() {
    }

    static AddedSheet of(Map<String, BigDecimal> totals, Return previous) {
        return new AddedSheet.Streamed(ConsolidatedWorkbook.YEAR_OVER_YEAR, 2, 1, List.of(60, 40, 24), rows -> write(rows, totals, previous));
    }

    private static String write(SheetRows rows, Map<String, BigDecimal> totals, Return previous) throws IOException {
        rows.row(0, 0, "指标", "键", "上年（" + previous.source() + "）", "本年", "增减");
        for (Field f : Form.fields()) {
            BigDecimal now = totals.get(f.key());
            BigDecimal before = previous.values().get(f.key());
            rows.row(0, 0, f.describe(), f.key(), before, now, before == null ? null : now.subtract(before));
        }
        return null;
    }
}
