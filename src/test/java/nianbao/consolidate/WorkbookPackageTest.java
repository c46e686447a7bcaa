package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nianbao.form.ConsolidatedLayout;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookPackageTest {

    /** The base with its data sheet as it is and these sheets added. */
    static byte[] write(AddedSheet... sheets) throws IOException {
        SummaryBase base = SummaryBase.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookPackage.write(base, base.part(BaseWorkbook.SHEET), List.of(sheets), "湛河区", out);
        return out.toByteArray();
    }

    @Test
    void addedSheetsFollowTheSummaryWithTheirPanesWidthsAndRows() throws IOException {
        byte[] xlsx = write(
                new AddedSheet.Streamed("甲", 1, 2, List.of(24, 8), PageSetup.fitToWidth(true, 1), rows -> {
                    rows.row(0, 0, "a", 1);
                    return "A1:B1";
                }),
                new AddedSheet.Streamed("乙", 0, 1, List.of(), PageSetup.fitToWidth(false, 0), rows -> null),
                new AddedSheet.Streamed("丙", 2, 0, List.of(), PageSetup.fitToWidth(false, 0), rows -> null));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly(ConsolidatedLayout.SUMMARY, "甲", "乙", "丙");
            XSSFSheet first = wb.getSheet("甲");
            assertThat(first.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(first.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(first.getColumnWidth(0)).isEqualTo(24 * 256);
            assertThat(first.getColumnWidth(1)).isEqualTo(8 * 256);
            assertThat(first.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B1");
            assertThat(wb.getSheet("乙").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(wb.getSheet("丙").getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(wb.getName("application.new.total").getRefersToFormula()).startsWith(ConsolidatedLayout.SUMMARY + "!");
        }
    }

    @Test
    void theWorkbookIsCreatedWhenWritten() {
        byte[] core = SummaryBase.load().part(WorkbookPackage.CORE);
        String written = new String(WorkbookPackage.created(core, Instant.parse("2031-02-03T04:05:06.789Z")), StandardCharsets.UTF_8);
        assertThat(written).contains(">2031-02-03T04:05:06Z</dcterms:created>").contains("<dc:creator>nianbao</dc:creator>");
    }

    /** The build wrote the resource from the code as it is now: every part the same but the creation time. */
    @Test
    void theBuildsBaseIsWhatBaseWorkbookWritesNow() throws IOException {
        try (InputStream in = SummaryBase.class.getResourceAsStream(SummaryBase.RESOURCE)) {
            assumeTrue(in != null, "no " + SummaryBase.RESOURCE + " beside the classes (compiled without mvn process-classes): skipped");
            Map<String, byte[]> built = SummaryBase.of(in.readAllBytes()).parts();
            Map<String, byte[]> now = SummaryBase.of(BaseWorkbook.bytes()).parts();
            assertThat(built.keySet()).containsExactlyElementsOf(now.keySet());
            now.forEach((name, bytes) -> {
                if (!name.equals(WorkbookPackage.CORE)) {
                    assertThat(built.get(name)).as(name).isEqualTo(bytes);
                }
            });
        }
    }

    @Test
    void theBaseHoldsTheSummaryAndTheAddedSheetsStylesLast() throws IOException {
        SummaryBase base = SummaryBase.of(BaseWorkbook.bytes());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            var head = wb.getCellStyleAt(base.style(BaseWorkbook.AddedStyle.HEAD));
            assertThat(head.getWrapText()).isTrue();
            assertThat(wb.getFontAt(head.getFontIndex()).getBold()).isTrue();
            assertThat(wb.getFontAt(wb.getCellStyleAt(base.style(BaseWorkbook.AddedStyle.KEY)).getFontIndex()).getFontHeightInPoints())
                    .isLessThan((short) 10);
            assertThat(wb.getCellStyleAt(base.style(BaseWorkbook.AddedStyle.WRAP)).getWrapText()).isTrue();
            assertThat(base.style(BaseWorkbook.AddedStyle.WRAP)).isEqualTo(wb.getNumCellStyles() - 1);
        }
        assertThat(base.parts().keySet()).contains(BaseWorkbook.SHEET, BaseWorkbook.STYLES, WorkbookPackage.CONTENT_TYPES,
                WorkbookPackage.WORKBOOK, WorkbookPackage.WORKBOOK_RELS, WorkbookPackage.CORE);
    }
}
