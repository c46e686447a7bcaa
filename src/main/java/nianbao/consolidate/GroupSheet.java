package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nianbao.form.ConsolidatedLayout;
import nianbao.form.Form;

/**
 * The sheet 分组小计: a column per roster group (本级部门, 乡镇街道, 下级政府, …) and one for 合计, under them
 * how many returns each sums and then a row per key, labelled as the form prints it ({@link FieldHeadings}).
 */
final class GroupSheet {

    private static final int GROUP_WIDTH = 12;

    private GroupSheet() {
    }

    static AddedSheet of(Consolidation c, SheetStyles styles) {
        List<Integer> widths = new ArrayList<>(FieldHeadings.ROW_LEAD_WIDTHS);
        c.groups().forEach(g -> widths.add(GROUP_WIDTH));
        widths.add(GROUP_WIDTH);
        return new AddedSheet.Streamed(ConsolidatedLayout.GROUPS, 2, 2, widths, PageSetup.fitToWidth(false, 2),
                rows -> write(rows, c, styles));
    }

    private static String write(SheetRows rows, Consolidation c, SheetStyles styles) throws IOException {
        List<Object> head = new ArrayList<>(FieldHeadings.ROW_LEAD);
        List<Object> counts = new ArrayList<>(List.of("报表数", "", ""));
        for (Consolidation.GroupTotal g : c.groups()) {
            head.add(g.group());
            counts.add(g.returns());
        }
        head.add("合计");
        counts.add(c.summedCount());
        rows.row(styles.head(), 0, head.toArray());
        rows.merge(2, 0, 2, 1);
        rows.row(styles.head(), 0, counts.toArray());
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < Form.SIZE; i++) {
            String key = Form.fields().get(i).key();
            List<Object> row = new ArrayList<>();
            c.groups().forEach(g -> row.add(g.totals().get(key)));
            row.add(c.totals().get(key));
            values.add(row);
        }
        FieldHeadings.rowLabels(rows, styles.wrap(), values);
        return null;
    }
}
