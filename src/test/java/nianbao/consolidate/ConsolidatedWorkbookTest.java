package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidatedWorkbookTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"点我\")";

    @TempDir
    Path dir;

    @Test
    void holdsTheSumsAtEveryDefinedNameAndEveryFileInTheReceipt() throws Exception {
        Roster roster = new Roster(List.of(new Roster.Member("甲局", "", "本级部门"), new Roster.Member("乙镇", "", "乡镇街道"),
                new Roster.Member("丙局", "", "本级部门")));
        Path out = dir.resolve("汇总.xlsx");
        Consolidation c;
        try (Spill spill = new Spill()) {
            Consolidator consolidator = new Consolidator(new Consolidator.Options(false, OptionalInt.empty(), Optional.of(roster), 20), spill);
            Random rnd = new Random(11);
            consolidator.accept(SampleReturns.ok(SampleReturns.of("a.xlsx", "甲局", "", 2024, "", SampleReturns.values(rnd))), SampleReturns.facts(1));
            consolidator.accept(SampleReturns.ok(SampleReturns.of("b.xlsx", "乙镇", "", 2024, "", SampleReturns.values(rnd))), SampleReturns.facts(1));
            consolidator.accept(SampleReturns.invalid(SampleReturns.of("c.xlsx", HOSTILE, "", 2024, "", SampleReturns.values(rnd))), SampleReturns.facts(1));
            consolidator.accept(FileResult.unreadable("d.xlsx", "不是 Excel 工作簿"), FileFacts.UNKNOWN);
            c = consolidator.finish();
            try (OutputStream o = Files.newOutputStream(out)) {
                ConsolidatedWorkbook.write(c, spill, "湛河区人民政府（全区汇总）", o);
            }
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "明细", "校验", "清单", "分组小计", "图表");
            for (Field f : Form.fields()) {
                Cell cell = named(wb, f.key());
                assertThat(cell.getSheet().getSheetName()).as(f.key()).isEqualTo("汇总");
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                assertThat(type).as(f.key()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(f.key()).isEqualByComparingTo(c.totals().get(f.key()));
            }
            assertThat(named(wb, MetaKey.AGENCY.key()).getStringCellValue()).isEqualTo("湛河区人民政府（全区汇总）");
            assertThat(named(wb, MetaKey.YEAR.key()).getStringCellValue()).isEqualTo("2024");
            assertThat(wb.getSheet("明细").getLastRowNum()).as("three header rows and one row per return summed").isEqualTo(4);
            assertThat(wb.getSheet("明细").getRow(0).getCell(5).getStringCellValue()).isEqualTo("来源");
            assertThat(wb.getSheet("明细").getRow(1).getCell(7).getStringCellValue()).isEqualTo(Form.fields().get(0).key());
            assertThat(column(wb.getSheet("清单"), 0)).containsSubsequence("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "丙局");
            assertThat(column(wb.getSheet("校验"), 7)).anySatisfy(m -> assertThat(m).contains("勾稽关系"));
            Cell hostile = wb.getSheet("清单").getRow(3).getCell(3);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getStringCellValue()).isEqualTo(HOSTILE);
            assertThat(wb.getSheet("图表").getDrawingPatriarch().getCharts()).hasSize(2);
            List<String> groups = new java.util.ArrayList<>();
            wb.getSheet("分组小计").getRow(0).forEach(cell -> groups.add(cell.getStringCellValue()));
            assertThat(groups).containsExactly("项目", "列", "键", "本级部门", "乡镇街道", "（名册外）", "合计");
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
    }

    static Cell named(XSSFWorkbook wb, String key) {
        Name name = wb.getName(key);
        assertThat(name).as("defined name " + key).isNotNull();
        CellAddress a = CellAddress.parse(name.getRefersToFormula());
        Row row = wb.getSheet(a.sheet()).getRow(a.row());
        return row.getCell(a.column());
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new java.util.ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            values.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell.getNumericCellValue()));
        }
        return values;
    }
}
