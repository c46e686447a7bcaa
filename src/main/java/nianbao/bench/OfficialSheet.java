package nianbao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.render.LaidTable;
import nianbao.render.OfficialLayout;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A hand-made workbook of the official tables, as an agency types it: a title, 填报单位, then tables
 * 二, 三 and 四 with their printed labels and plain numbers (totals typed, no formulas, no names).
 */
final class OfficialSheet {

    private OfficialSheet() {
    }

    static byte[] write(String agency, int year, Map<String, BigDecimal> values) throws IOException {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        Return r = new Return(agency, meta, values, Map.of(), List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue(agency + year + "年" + Form.REPORT);
            sheet.createRow(1).createCell(0).setCellValue(MetaKey.AGENCY.label() + "：" + agency);
            int row = 3;
            for (LaidTable table : OfficialLayout.of(r)) {
                sheet.createRow(row++).createCell(0).setCellValue(table.section().heading());
                for (List<String> texts : table.grid()) {
                    cells(sheet.createRow(row++), texts);
                }
                row++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void cells(Row row, List<String> texts) {
        for (int c = 0; c < texts.size(); c++) {
            String text = texts.get(c);
            if (text.isEmpty()) {
                continue;
            }
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                row.createCell(c).setCellValue(Double.parseDouble(text));
            } else {
                row.createCell(c).setCellValue(text);
            }
        }
    }
}
