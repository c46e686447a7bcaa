package nianbao.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nianbao.form.ConsolidatedLayout;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Return;

/** The sheet 同比: every key, labelled as the form prints it, with last year's consolidated value, this year's sum and the change. */
final class YearOverYearSheet {

    private YearOverYearSheet() {
    }

    private static final List<Integer> WIDTHS = widths();

    static AddedSheet of(Map<String, BigDecimal> totals, Return previous, SheetStyles styles) {
        return new AddedSheet.Streamed(ConsolidatedLayout.YEAR_OVER_YEAR, 2, 1, WIDTHS, PageSetup.fitToWidth(false, 1),
                rows -> write(rows, totals, previous, styles));
    }

    private static List<Integer> widths() {
        List<Integer> widths = new ArrayList<>(FieldHeadings.ROW_LEAD_WIDTHS);
        widths.addAll(List.of(18, 14, 12));
        return List.copyOf(widths);
    }

    /** The last part of a path, the workbook last year's values came from. */
    private static String fileName(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    private static String write(SheetRows rows, Map<String, BigDecimal> totals, Return previous, SheetStyles styles) throws IOException {
        List<Object> head = new ArrayList<>(FieldHeadings.ROW_LEAD);
        head.addAll(List.of("上年（" + fileName(previous.source()) + "）", "本年", "增减"));
        rows.row(styles.head(), SheetRows.height(WIDTHS, head.toArray()), head.toArray());
        List<List<Object>> values = new ArrayList<>();
        for (Field f : Form.fields()) {
            BigDecimal now = totals.get(f.key());
            BigDecimal before = previous.values().get(f.key());
            values.add(Arrays.asList(before, now, before == null ? null : now.subtract(before)));
        }
        FieldHeadings.rowLabels(rows, styles.wrap(), values);
        return null;
    }
}
