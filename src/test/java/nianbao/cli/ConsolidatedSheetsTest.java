package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.ConsolidatedLayout;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.Return;
import nianbao.verify.DetailSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample district's consolidated workbook read with POI: each sheet's print setup, the labels people
 * read and the keys machines read, and what 校验 and 清单 tell a clerk.
 */
class ConsolidatedSheetsTest {

    static final String AGENCY = "湛河区人民政府（全区汇总）";

    @TempDir
    static Path dir;

    static Path workbook;
    static XSSFWorkbook wb;

    @BeforeAll
    static void consolidate() throws Exception {
        Path lastYear = dir.resolve("上年.xlsx");
        workbook = dir.resolve("全区汇总.xlsx");
        Path lastYears = ReturnFiles.yearBefore(Path.of("samples/returns"), dir.resolve("2023"));
        run("consolidate", lastYears.toString(), "-o", lastYear.toString(), "--agency", AGENCY);
        run("consolidate", "samples/returns", "-o", workbook.toString(), "--roster", "samples/roster.csv",
                "--agency", AGENCY, "--previous", lastYear.toString());
        wb = new XSSFWorkbook(workbook.toFile());
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    private static void run(String... args) {
        StringWriter log = new StringWriter();
        Main.commandLine(new PrintWriter(log), new PrintWriter(log)).execute(args);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // sheet,    landscape, fit,   fit height, title rows, title columns
        "汇总,       false,     width, 0,          1:5,        ''",
        "明细,       true,      scale, -1,         1:3,        A:A",
        "校验,       true,      width, 0,          1:1,        ''",
        "清单,       true,      width, 0,          1:1,        ''",
        "分组小计,   false,     width, 0,          1:2,        ''",
        "同比,       false,     width, 0,          1:1,        ''",
        "图表,       true,      page,  1,          '',         ''"})
    void everySheetPrintsOnA4WithItsTitlesAndAFooter(String name, boolean landscape, String fit, int fitHeight, String rows, String columns) {
        XSSFSheet sheet = wb.getSheet(name);
        PrintSetup setup = sheet.getPrintSetup();

        assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(setup.getLandscape()).isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).isEqualTo(!fit.equals("scale"));
        if (fit.equals("scale")) {
            assertThat(setup.getScale()).isBetween((short) 50, (short) 100);
        } else {
            assertThat(setup.getFitWidth()).isEqualTo((short) 1);
            assertThat(setup.getFitHeight()).isEqualTo((short) fitHeight);
        }
        assertThat(format(sheet.getRepeatingRows())).isEqualTo(rows);
        assertThat(format(sheet.getRepeatingColumns())).isEqualTo(columns);
        assertThat(sheet.getFooter().getLeft()).isEqualTo(AGENCY);
        assertThat(sheet.getFooter().getCenter()).isEqualTo("&A");
        assertThat(sheet.getFooter().getRight()).contains("&P", "&N");
    }

    private static String format(CellRangeAddress range) {
        return range == null ? "" : range.formatAsString().replace("$", "");
    }

    @Test
    void detailHeadsEachRowOfTheFormOverItsShortLabelsAndKeepsTheKeysInAHiddenRow() {
        XSSFSheet detail = wb.getSheet(ConsolidatedLayout.DETAIL);
        Field first = Form.fields().get(0);
        int lead = 7;
        int column = lead + first.index();

        assertThat(detail.getRow(0).getCell(column).getStringCellValue()).isEqualTo("第二十条第（一）项 规章");
        assertThat(detail.getMergedRegions()).contains(new CellRangeAddress(0, 0, column, column + 2));
        assertThat(detail.getRow(1).getZeroHeight()).as("the key row is hidden").isTrue();
        assertThat(detail.getRow(1).getCell(column).getStringCellValue()).isEqualTo(first.key());
        assertThat(detail.getRow(1).getCell(0).getStringCellValue()).isEqualTo(MetaKey.AGENCY.key());
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(c -> detail.getRow(0).getCell(c).getStringCellValue())
                .containsExactly("单位", "统一社会信用代码", "年度", "填报日期", "文件", "来源", "状态");
        assertThat(detail.getRow(2).getCell(column).getStringCellValue()).isEqualTo("本年制发\n件数");
        assertThat(detail.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(detail.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(detail.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:");
        for (Field f : Form.fields()) {
            assertThat(detail.getRow(1).getCell(lead + f.index()).getStringCellValue()).isEqualTo(f.key());
        }
    }

    @Test
    void detailSheetReadsEachSummedReturnBackFromTheLayout() throws Exception {
        List<Return> members = DetailSheet.read(workbook).orElseThrow();

        assertThat(members).hasSize(14);
        assertThat(members).extracting(Return::agency).contains("九龙街道办事处", "湛河区民政局").doesNotContain("", "单位");
        assertThat(members).allSatisfy(r -> {
            assertThat(r.values()).hasSize(Form.SIZE);
            assertThat(r.metaText(MetaKey.CREDIT_CODE)).hasSize(18);
            assertThat(r.year()).hasValue(2024);
        });
        for (Field f : Form.fields()) {
            BigDecimal sum = members.stream().map(r -> r.value(f)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(f.key()).isEqualByComparingTo(new nianbao.read.ReturnReader().read(workbook).value(f));
        }
    }

    @Test
    void groupsAndYearOverYearLabelARowPerKeyAndHideTheKeys() {
        for (String name : List.of(ConsolidatedLayout.GROUPS, ConsolidatedLayout.YEAR_OVER_YEAR)) {
            XSSFSheet sheet = wb.getSheet(name);
            int first = name.equals(ConsolidatedLayout.GROUPS) ? 2 : 1;
            assertThat(sheet.isColumnHidden(2)).as(name).isTrue();
            assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("第二十条第（一）项 规章");
            for (Field f : Form.fields()) {
                Row row = sheet.getRow(first + f.index());
                assertThat(row.getCell(1).getStringCellValue()).as(name).isEqualTo(f.shortLabel());
                assertThat(row.getCell(2).getStringCellValue()).as(name).isEqualTo(f.key());
            }
        }
    }

    @Test
    void checksStateABalanceAsTheSumsOfItsSideWithTheCarryNeverNegative() {
        List<Row> balances = new ArrayList<>();
        wb.getSheet(ConsolidatedLayout.CHECKS).forEach(r -> {
            if (Code.BALANCE.code().equals(text(r.getCell(2)))) {
                balances.add(r);
            }
        });

        assertThat(balances).isNotEmpty().allSatisfy(r -> {
            assertThat(text(r.getCell(5))).matches("（七）总计\\+四=\\d+");
            assertThat(text(r.getCell(6))).matches("（七）总计\\+四=\\d+");
            assertThat(r.getCell(7).getCellStyle().getWrapText()).isTrue();
        });
        assertThat(balances).extracting(r -> text(r.getCell(5)) + " " + text(r.getCell(6)))
                .contains("（七）总计+四=1 （七）总计+四=5", "（七）总计+四=7 （七）总计+四=8");
    }

    @Test
    void theReceiptSaysTheFirstErrorOfEveryInvalidFileAndHasRoomForCreditCodes() {
        XSSFSheet receipt = wb.getSheet(ConsolidatedLayout.RECEIPT);
        Map<String, String> reasons = new java.util.HashMap<>();
        receipt.forEach(r -> {
            if (text(r.getCell(1)).equals("有误")) {
                reasons.put(text(r.getCell(0)), text(r.getCell(2)));
            }
        });

        assertThat(reasons).hasSize(4).allSatisfy((file, reason) -> assertThat(reason).as(file).contains("'!").contains("第"));
        assertThat(reasons.get("samples/returns/湛河区公安分局.xlsx")).startsWith("'年报数据'!D51：第三部分「自然人」列").endsWith("（共 2 处错误，见「校验」）");
        assertThat(receipt.getColumnWidth(4) / 256).as("统一社会信用代码: 18 characters and room").isGreaterThanOrEqualTo(22);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }
}
