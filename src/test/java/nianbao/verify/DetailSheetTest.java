package nianbao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.Return;
import nianbao.read.UnreadableException;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailSheetTest {

    static final long SEED = Seeds.property(31L);

    @TempDir
    Path dir;

    @Test
    void readsTheAgencyRowsOfAConsolidatedWorkbookByItsKeyHeader() throws Exception {
        Seeds.note("DetailSheetTest", SEED);
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(SEED));
        Path file = dir.resolve("湛河区2023年汇总.xlsx");
        writeConsolidated(file, values);

        List<Return> returns = DetailSheet.read(file).orElseThrow();

        assertThat(returns).hasSize(2);
        Return first = returns.get(0);
        assertThat(first.agency()).isEqualTo("湛河区教育局");
        assertThat(first.findMeta(MetaKey.CREDIT_CODE)).contains("11410411MB1234567X");
        assertThat(first.year()).hasValue(2023);
        assertThat(first.values()).hasSize(200);
        for (Field f : Form.fields()) {
            assertThat(first.value(f)).as(f.key()).isEqualByComparingTo(values.get(f.key()));
        }
        assertThat(first.cells().get("disclosure.rules.issued").toString()).isEqualTo("'明细'!F4");
        assertThat(returns.get(1).agency()).isEqualTo("曹镇乡人民政府");
    }

    @Test
    void aWorkbookWithoutADetailSheetIsReadAsAReturn() throws Exception {
        Path file = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("年报数据");
            wb.write(out);
        }

        assertThat(DetailSheet.read(file)).isEmpty();
    }

    @Test
    void loadsPreviousYearsFromAConsolidatedWorkbookAndComparesCarries() throws Exception {
        Seeds.note("DetailSheetTest", SEED);
        Map<String, BigDecimal> values = BalancedReturns.values(new Random(SEED));
        Path file = dir.resolve("汇总.xlsx");
        writeConsolidated(file, values);
        PreviousReturns.Reader noReturns = p -> {
            throw new UnreadableException("不应读取 " + p);
        };

        PreviousReturns.Loaded loaded = PreviousReturns.load(List.of(file, dir.resolve("无.xlsx")), noReturns);
        Return current = BalancedReturns.of("湛河区教育局", 2024, values);

        assertThat(loaded.returns().size()).isEqualTo(2);
        assertThat(loaded.problems()).containsExactly("找不到上年报表 " + dir.resolve("无.xlsx"));
        assertThat(loaded.returns().compare(current)).extracting(f -> f.code()).contains(Code.UNCHANGED_FROM_PREVIOUS);
    }

    /** The 明细 layout of the consolidate command: a title, Chinese labels, keys, then one row per return. */
    private static void writeConsolidated(Path file, Map<String, BigDecimal> values) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("汇总");
            Sheet sheet = wb.createSheet(DetailSheet.NAME);
            sheet.createRow(0).createCell(0).setCellValue("各单位明细");
            Row labels = sheet.createRow(1);
            Row keys = sheet.createRow(2);
            List<String> head = List.of("单位", "统一社会信用代码", "年度", "文件", "状态");
            for (int c = 0; c < head.size(); c++) {
                labels.createCell(c).setCellValue(head.get(c));
            }
            for (Field f : Form.fields()) {
                labels.createCell(5 + f.index()).setCellValue(f.describe());
                keys.createCell(5 + f.index()).setCellValue(f.key());
            }
            row(sheet.createRow(3), List.of("湛河区教育局", "11410411MB1234567X", "2023", "a.xlsx", "通过"), values);
            row(sheet.createRow(4), List.of("曹镇乡人民政府", "", "2023", "b.xlsx", "通过"), values);
            row(sheet.createRow(5), List.of("坏单位", "", "2023", "c.xlsx", "无法读取"), Map.of());
            wb.write(out);
        }
    }

    private static void row(Row row, List<String> meta, Map<String, BigDecimal> values) {
        for (int c = 0; c < meta.size(); c++) {
            row.createCell(c).setCellValue(meta.get(c));
        }
        values.forEach((k, v) -> row.createCell(5 + Form.field(k).index()).setCellValue(v.doubleValue()));
    }
}
