package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import org.junit.jupiter.api.Test;

/** A published report's findings: at their printed places, one line per problem and printed row. */
class PrintedFindingsTest {

    private static Finding cell(Code code, Field f, String what) {
        return new Finding(code, List.of(f.key()), null, "", "", f.describe() + "：" + what);
    }

    @Test
    void theCellsOfOneRowWithOneProblemShareALineListingTheirColumns() {
        List<Finding> findings = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            findings.add(cell(Code.BLANK, Form.matrix(MatrixRow.OTHER_UNPAID_FEE, a), "未分列此行，按0计"));
        }

        assertThat(PrintedFindings.lines(findings)).containsExactly(
                "提示  第三部分 (六)其他处理·2.申请人逾期未按收… 「自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计」列  未分列此行，按0计");
    }

    @Test
    void differentProblemsRowsOrCodesKeepTheirOwnLines() {
        Field person = Form.matrix(MatrixRow.GRANTED, Applicant.NATURAL_PERSON);
        Field business = Form.matrix(MatrixRow.GRANTED, Applicant.BUSINESS);
        Field partial = Form.matrix(MatrixRow.PARTIAL, Applicant.BUSINESS);
        List<Finding> findings = List.of(
                cell(Code.NOT_A_NUMBER, business, "印的是「约5」，不是数字"),
                cell(Code.NOT_A_NUMBER, person, "印的是「若干」，不是数字"),
                cell(Code.TEXT_AS_ZERO, partial, "印的是「无」，按0计"),
                cell(Code.TEXT_AS_ZERO, person, "印的是「无」，按0计"));

        assertThat(PrintedFindings.lines(findings)).containsExactly(
                "错误  第三部分 (一)予以公开 「自然人」列  印的是「若干」，不是数字",
                "错误  第三部分 (一)予以公开 「商业企业」列  印的是「约5」，不是数字",
                "提示  第三部分 (一)予以公开 「自然人」列  印的是「无」，按0计",
                "提示  第三部分 (二)部分公开 「商业企业」列  印的是「无」，按0计");
    }

    @Test
    void aFindingAboutNoCellIsAboutTheWholeReportAndOneWithACellShowsIt() {
        Finding whole = new Finding(Code.UNCHANGED_FROM_PREVIOUS, List.of(), null, "", "", "全部 200 个数字与上年相同。");
        Finding atCell = new Finding(Code.BLANK, List.of("review.upheld"), CellAddress.parse("'年报数据'!C60"), "0", "", "为空");

        assertThat(PrintedFindings.lines(List.of(atCell, whole))).containsExactly(
                "提示  '年报数据'!C60  为空",
                "提示  （整份报表）  全部 200 个数字与上年相同。");
    }

    @Test
    void aMessageThatDoesNotStartWithItsCellIsShownWhole() {
        Field total = Form.field("review.total");
        Finding f = new Finding(Code.REVIEW_TOTAL, List.of(total.key(), "review.upheld"), null, "11", "0", "第四部分「行政复议」：总计为 0。");

        assertThat(PrintedFindings.lines(List.of(f))).containsExactly("错误  第四部分 行政复议 「总计」列  第四部分「行政复议」：总计为 0。");
    }

    @Test
    void writesPrintedReportsUnderTheirFileAndWorkbooksAsBefore() {
        Field f = Form.matrix(MatrixRow.NEW, Applicant.NATURAL_PERSON);
        Return read = new Return("a.txt", Map.of(), Map.of(), Map.of(), List.of());
        Report report = Report.of(List.of(FileResult.of(read, List.of(cell(Code.BLANK, f, "按0计")))));
        StringWriter printed = new StringWriter();
        StringWriter workbook = new StringWriter();

        TextReport.writePrinted(report, new PrintWriter(printed));
        TextReport.write(report, new PrintWriter(workbook));

        assertThat(printed.toString().lines()).containsExactly("✓ a.txt  （未填填报单位）  （未填年度）",
                "    提示  第三部分 一、本年新收政府信息… 「自然人」列  按0计", "1 份报表：通过 1，有误 0，无法读取 0");
        assertThat(workbook.toString().lines()).containsExactly("✓ a.txt  （未填填报单位）  （未填年度）",
                "    提示  （整份报表）  " + f.describe() + "：按0计", "1 份报表：通过 1，有误 0，无法读取 0");
    }
}
