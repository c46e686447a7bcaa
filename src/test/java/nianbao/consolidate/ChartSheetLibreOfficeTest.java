package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import nianbao.testing.LibreOffice;
import nianbao.testing.Seeds;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice opens 图表 written as parts: it prints it to PDF, and its charts survive a re-save as xlsx. */
class ChartSheetLibreOfficeTest {

    private static final long SEED = Seeds.property(2024);

    @TempDir
    Path dir;

    private Path workbook;

    @BeforeEach
    void write() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: LibreOffice checks of 图表 skipped");
        Seeds.note("ChartSheetLibreOfficeTest", SEED);
        Random rnd = new Random(SEED);
        Consolidation c = ChartSheetTest.consolidation(ChartSheetTest.ranked(14, rnd), rnd);
        workbook = Files.createDirectories(dir.resolve("in")).resolve("charts.xlsx");
        ChartWorkbook.write(c, workbook);
    }

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
        Path pdf = LibreOffice.convert(List.of(workbook), "pdf", Files.createDirectories(dir.resolve("pdf"))).get(0);

        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void bothChartsSurviveLibreOfficeSavingTheWorkbookAgain() throws Exception {
        Path saved = LibreOffice.convert(List.of(workbook), "xlsx", Files.createDirectories(dir.resolve("xlsx"))).get(0);

        try (XSSFWorkbook wb = new XSSFWorkbook(saved.toFile())) {
            List<XSSFChart> charts = wb.getSheet(ConsolidatedWorkbook.CHARTS).createDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts).extracting(chart -> chart.getChartSeries().get(0).getClass().getSimpleName())
                    .containsExactlyInAnyOrder(XDDFBarChartData.class.getSimpleName(), XDDFPieChartData.class.getSimpleName());
            assertThat(charts).extracting(chart -> chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount())
                    .containsExactlyInAnyOrder(14, 6);
        }
    }
}
