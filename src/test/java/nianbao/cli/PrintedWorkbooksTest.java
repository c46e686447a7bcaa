package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nianbao.consolidate.ConsolidatedWorkbook;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.IdentityKind;
import nianbao.form.MatrixRow;
import nianbao.model.Code;
import nianbao.template.Filling;
import nianbao.template.TemplateLayout;
import nianbao.template.TemplateWriter;
import nianbao.testing.LibreOffice;
import nianbao.testing.PrintedPages;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks as people print them: the README's consolidated sample district (with last year's workbook,
 * so that 同比 is there too) and the template, blank and with a column that does not balance, printed by
 * LibreOffice to PDF. Every page is drawn under {@code target/print/} for a person to look at.
 */
class PrintedWorkbooksTest {

    static final String AGENCY = "湛河区人民政府（全区汇总）";
    static final Path PNGS = Path.of("target/print");

    @TempDir
    static Path dir;

    static PrintedPages consolidated;
    static PrintedPages template;
    static PrintedPages unbalanced;

    @BeforeAll
    static void print() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: the printed pages are not checked");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path lastYear = dir.resolve("上年汇总.xlsx");
        Path workbook = in.resolve("全区汇总.xlsx");
        Path lastYears = ReturnFiles.yearBefore(Path.of("samples/returns"), dir.resolve("2023"));
        run("consolidate", lastYears.toString(), "-o", lastYear.toString(), "--agency", AGENCY);
        run("consolidate", "samples/returns", "-o", workbook.toString(), "--roster", "samples/roster.csv",
                "--agency", AGENCY, "--previous", lastYear.toString());
        Path blank = in.resolve("模板.xlsx");
        run("template", "-o", blank.toString());
        Path broken = in.resolve("不平衡.xlsx");
        try (XSSFWorkbook wb = new TemplateWriter().workbook(Filling.header("湛河区信访局", 2024).withValues(Map.of(
                Form.matrix(MatrixRow.NEW, Applicant.NATURAL_PERSON).key(), BigDecimal.valueOf(5),
                Form.matrix(MatrixRow.GRANTED, Applicant.NATURAL_PERSON).key(), BigDecimal.valueOf(6))));
                OutputStream out = Files.newOutputStream(broken)) {
            wb.write(out);
        }
        List<Path> pdfs = LibreOffice.convert(List.of(workbook, blank, broken), "pdf", Files.createDirectories(dir.resolve("pdf")));
        consolidated = PrintedPages.read(pdfs.get(0), PNGS, "全区汇总", 110);
        template = PrintedPages.read(pdfs.get(1), PNGS, "模板", 110);
        unbalanced = PrintedPages.read(pdfs.get(2), PNGS, "不平衡模板", 110);
        System.out.println("PrintedWorkbooksTest pages: " + consolidated.counts() + " " + template.counts());
    }

    private static void run(String... args) {
        StringWriter log = new StringWriter();
        Main.commandLine(new PrintWriter(log), new PrintWriter(log)).execute(args);
    }

    @Test
    void everySheetPrintsInOrderOnAFewPages() {
        Map<String, Integer> pages = consolidated.counts();

        assertThat(pages.keySet()).containsExactly(ConsolidatedWorkbook.SUMMARY, ConsolidatedWorkbook.DETAIL, ConsolidatedWorkbook.CHECKS,
                ConsolidatedWorkbook.RECEIPT, ConsolidatedWorkbook.GROUPS, ConsolidatedWorkbook.YEAR_OVER_YEAR, ConsolidatedWorkbook.CHARTS);
        assertThat(pages.get(ConsolidatedWorkbook.SUMMARY)).as("汇总, signed on paper").isEqualTo(1);
        assertThat(pages.get(ConsolidatedWorkbook.DETAIL)).as("明细: 205 columns, 14 returns").isBetween(2, 15);
        // last year's copies of the same numbers give each agency its cross-year findings (carry-overs, unchanged): a few pages tall
        assertThat(pages.get(ConsolidatedWorkbook.CHECKS)).as("校验 a page wide").isBetween(1, 6);
        assertThat(pages.get(ConsolidatedWorkbook.RECEIPT)).as("清单 a page wide").isBetween(1, 2);
        assertThat(pages.get(ConsolidatedWorkbook.GROUPS)).as("分组小计: 200 rows a page wide").isBetween(2, 6);
        assertThat(pages.get(ConsolidatedWorkbook.YEAR_OVER_YEAR)).as("同比: 200 rows a page wide").isBetween(2, 6);
        assertThat(pages.get(ConsolidatedWorkbook.CHARTS)).as("图表: both charts whole on one page").isEqualTo(1);
    }

    @Test
    void everyPageNamesTheConsolidatingBodyAndItsPageNumber() {
        int total = consolidated.pages().size();
        for (PrintedPages.Page p : consolidated.pages()) {
            assertThat(p.text()).as("page " + p.number()).contains(AGENCY).contains("第 " + p.number() + " 页，共 " + total + " 页");
        }
    }

    @Test
    void everyDetailPageRepeatsTheHeadingsAndTheAgenciesButShowsNoKeys() {
        for (PrintedPages.Page p : consolidated.of(ConsolidatedWorkbook.DETAIL)) {
            assertThat(p.text()).as("page " + p.number()).contains("单位", "九龙街道办事处", "湛河区民政局")
                    .doesNotContain("application.", "disclosure.", "review.", "sued", "epealed");
        }
        String all = String.join("\n", consolidated.of(ConsolidatedWorkbook.DETAIL).stream().map(PrintedPages.Page::text).toList());
        assertThat(all).contains("一、本年新收政府信息公开申请数量", "自然人", "社会公益", "组织", "行政复议", "结果维持", "第二十条第（一）项 规章")
                .as("no short label split inside a word").doesNotContain("社会公益组", "本年制发件");
    }

    @Test
    void groupAndYearPagesLabelEveryRowAsTheFormPrintsIt() {
        for (String sheet : List.of(ConsolidatedWorkbook.GROUPS, ConsolidatedWorkbook.YEAR_OVER_YEAR)) {
            List<PrintedPages.Page> pages = consolidated.of(sheet);
            pages.forEach(p -> assertThat(p.text()).as(sheet + " page " + p.number()).contains("项目").doesNotContain("application."));
            String all = String.join("\n", pages.stream().map(PrintedPages.Page::text).toList());
            assertThat(all).as(sheet).contains("一、本年新收政府信息公开申请数量", "四、结转下年度继续办理", "行政诉讼 复议后起诉", "尚未审结");
        }
        assertThat(consolidated.of(ConsolidatedWorkbook.GROUPS).get(0).text()).contains("本级部门", "乡镇街道", "合计", "报表数");
    }

    @Test
    void checksStateBalancesAsSumsAClerkCanActOnAndWrapTheirExplanations() {
        String checks = String.join("\n", consolidated.of(ConsolidatedWorkbook.CHECKS).stream().map(PrintedPages.Page::text).toList());

        assertThat(checks).contains(Code.BALANCE.code()).containsPattern("（七）总计\\+四=\\d+").doesNotContainPattern("\\s-\\d+\\s");
        assertThat(checks.replace("\n", "")).as("the end of the longest explanation is printed, wrapped").contains("合计由公式自动计算。");
    }

    @Test
    void theReceiptPrintsCreditCodesWholeAndTheFirstProblemOfAnInvalidFile() throws Exception {
        String receipt = String.join("\n", consolidated.of(ConsolidatedWorkbook.RECEIPT).stream().map(PrintedPages.Page::text).toList());

        for (String line : Files.readAllLines(Path.of("samples/roster.csv")).stream().skip(1).toList()) {
            String code = line.split(",")[1];
            assertThat(receipt).as(line).contains(code);
        }
        assertThat(receipt).contains("相差 1", "（共 2 处错误");
    }

    @Test
    void theChartPageHoldsBothTitlesEveryAgencyAndTheValues() {
        String charts = consolidated.of(ConsolidatedWorkbook.CHARTS).get(0).text();

        assertThat(charts).contains("本年新收政府信息公开申请数量（前 14 个单位）", "本年度办理结果构成（全部汇总单位）");
        assertThat(charts.split("湛河区人民政府办公室", -1)).as("in the table and on the axis").hasSizeGreaterThanOrEqualTo(3);
        assertThat(charts.split("九龙街道办事处", -1)).as("the last bar labelled too").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theTemplatePrintsTheDataOnOnePageAndTheGuideOnOne() {
        assertThat(template.counts()).containsExactly(Map.entry(TemplateLayout.SHEET, 1), Map.entry(TemplateLayout.GUIDE_SHEET, 1));
        String data = template.of(TemplateLayout.SHEET).get(0).text();
        assertThat(data).contains("社会公益", "组织", "法律服务", "四、政府信息公开行政复议、行政诉讼情况", "复议后起诉")
                .as("no header split inside a word").doesNotContain("社会公益组", "法律服务机");
        String guide = template.of(TemplateLayout.GUIDE_SHEET).get(0).text();
        assertThat(guide.split("自然人 \\+ 商业企业", -1)).as("the row total told once").hasSize(2);
        assertThat(guide).contains("共 21 项", Code.of(IdentityKind.REVIEW_TOTAL).title()).doesNotContain("\n。");
    }

    @Test
    void anUnbalancedColumnSaysHowFarOffAsVerifyDoes() {
        String data = unbalanced.of(TemplateLayout.SHEET).get(0).text();

        assertThat(data).contains("不平衡", "相差 1", "不平衡：2列").doesNotContain("差-1", "相差 -");
    }
}
