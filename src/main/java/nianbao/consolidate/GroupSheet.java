package nianbao.consolidate;

import java.util.ArrayList;
import java.util.List;
import nianbao.form.Field;
import nianbao.form.Form;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes 分组小计: one row per roster group (本级部门, 乡镇街道, 下级政府, …) with its sums of every key. */
final class GroupSheet {

    private GroupSheet() {
    }

    static void write(XSSFSheet sheet, Consolidation c) {
        List<Object> labels = new ArrayList<>(List.of("分组", "报表数"));
        List<Object> keys = new ArrayList<>(List.of("", ""));
        for (Field f : Form.fields()) {
            labels.add(f.describe());
            keys.add(f.key());
        }
        Cells.row(sheet, 0, null, labels.toArray());
        Cells.row(sheet, 1, null, keys.toArray());
        int row = 2;
        for (Consolidation.GroupTotal g : c.groups()) {
            List<Object> values = new ArrayList<>(List.of(g.group(), g.returns()));
            values.addAll(g.totals().values());
            Cells.row(sheet, row++, null, values.toArray());
        }
        List<Object> all = new ArrayList<>(List.of("合计", c.summedCount()));
        all.addAll(c.totals().values());
        Cells.row(sheet, row, null, all.toArray());
        sheet.createFreezePane(1, 2);
        sheet.setColumnWidth(0, 20 * 256);
    }
}
