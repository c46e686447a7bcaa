package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The sheet 分组小计: one row per roster group (本级部门, 乡镇街道, 下级政府, …) with its sums of every key. */
final class GroupSheet {

    private GroupSheet() {
    }

    static AddedSheet of(Consolidation c) {
        return new AddedSheet.Streamed(ConsolidatedWorkbook.GROUPS, 1, 2, List.of(20), rows -> write(rows, c));
    }

    private static String write(SheetRows rows, Consolidation c) throws IOException {
        StreamedSheets.keyHeads(rows, List.of("分组", "报表数"), 0, 0);
        for (Consolidation.GroupTotal g : c.groups()) {
            List<Object> values = new ArrayList<>(List.of(g.group(), g.returns()));
            values.addAll(g.totals().values());
            rows.row(0, 0, values.toArray());
        }
        List<Object> all = new ArrayList<>(List.of("合计", c.summedCount()));
        all.addAll(c.totals().values());
        rows.row(0, 0, all.toArray());
        return null;
    }
}
