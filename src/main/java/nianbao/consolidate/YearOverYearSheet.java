package nianbao.consolidate;

import java.math.BigDecimal;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Return;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes 同比: every key with last year's consolidated value, this year's sum and the change. */
final class YearOverYearSheet {

    private YearOverYearSheet() {
    }

    static void write(XSSFSheet sheet, Map<String, BigDecimal> totals, Return previous) {
        Cells.row(sheet, 0, null, "指标", "键", "上年（" + previous.source() + "）", "本年", "增减");
        int row = 1;
        for (Field f : Form.fields()) {
            BigDecimal now = totals.get(f.key());
            BigDecimal before = previous.values().get(f.key());
            Cells.row(sheet, row++, null, f.describe(), f.key(), before, now, before == null ? null : now.subtract(before));
        }
        sheet.createFreezePane(2, 1);
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 24 * 256);
    }
}
