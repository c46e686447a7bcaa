package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import nianbao.io.OutputRefusedException;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnotatorTest {

    @TempDir
    Path dir;

    static final List<Finding> FINDINGS = List.of(
            new Finding(Code.BALANCE, List.of("application.carried_forward.natural_person"), CellAddress.parse("'年报数据'!D30"),
                    "4", "3", "第三部分「自然人」列：一(12)+二(3)=15，但（七）总计(11)+四(3)=14，相差 1。"),
            new Finding(Code.BLANK, List.of("review.upheld"), CellAddress.parse("'年报数据'!E40"), "0", "",
                    "=HYPERLINK(\"http://example.com\",\"点此\")"),
            new Finding(Code.UNCHANGED_FROM_PREVIOUS, List.of(), null, "", "", "全部 200 个数字与上年相同。"));

    @ParameterizedTest
    @ValueSource(strings = {"湛河区教育局.xlsx", "湛河区教育局.xls"})
    void marksTheCellsListsTheFindingsAndLeavesTheOriginalAlone(String name) throws Exception {
        Path original = dir.resolve(name);
        writeWorkbook(original, name.endsWith(".xls"));
        String before = sha256(original);
        Path out = Files.createDirectories(dir.resolve("out"));

        Path written = Annotator.annotate(original, FINDINGS, out, false);

        assertThat(sha256(original)).isEqualTo(before);
        assertThat(written.getFileName().toString()).isEqualTo(name.replace(".xls", "-校验.xls"));
        try (Workbook wb = WorkbookFactory.create(written.toFile())) {
            assertThat(wb instanceof HSSFWorkbook).isEqualTo(name.endsWith(".xls"));
            Sheet data = wb.getSheet("年报数据");
            Cell balance = data.getRow(29).getCell(3);
            assertThat(balance.getNumericCellValue()).isEqualTo(3.0);
            assertThat(balance.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(balance.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(balance.getCellComment().getString().getString()).isEqualTo("错误：" + FINDINGS.get(0).message());
            Cell blank = data.getRow(39).getCell(4);
            assertThat(blank.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
            assertThat(data.getRow(5).getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);

            Sheet list = wb.getSheet(Annotator.SHEET);
            assertThat(list.getLastRowNum()).isEqualTo(3);
            assertThat(list.getRow(0).getCell(3).getStringCellValue()).isEqualTo("问题");
            assertThat(list.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'年报数据'!D30");
            assertThat(list.getRow(3).getCell(2).getStringCellValue()).isEqualTo("（整份报表）");
            Cell hyperlink = list.getRow(2).getCell(3);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).startsWith("=HYPERLINK(");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"湛河区教育局.xlsx"})
    void neverOverwritesAnEarlierAnnotatedCopyUnlessForced(String name) throws Exception {
        Path original = dir.resolve(name);
        writeWorkbook(original, false);
        Annotator.annotate(original, FINDINGS, dir, false);

        assertThatThrownBy(() -> Annotator.annotate(original, FINDINGS, dir, false))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("已存在");
        assertThat(Annotator.annotate(original, FINDINGS, dir, true)).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"湛河区教育局.xlsx", "湛河区教育局.xls"})
    void aFindingWithOverlongTextStillGetsItsAnnotatedCopy(String name) throws Exception {
        Path original = dir.resolve(name);
        writeWorkbook(original, name.endsWith(".xls"));
        String text = "填写的「" + "很长".repeat(20_000) + "」不是数字";
        List<Finding> findings = List.of(new Finding(Code.NOT_A_NUMBER, List.of("review.upheld"),
                CellAddress.parse("'年报数据'!E40"), "数字", text, text));

        Path written = Annotator.annotate(original, findings, Files.createDirectories(dir.resolve("out")), false);

        try (Workbook wb = WorkbookFactory.create(written.toFile())) {
            String listed = wb.getSheet(Annotator.SHEET).getRow(1).getCell(3).getStringCellValue();
            assertThat(listed).hasSizeLessThanOrEqualTo(32_767).startsWith("填写的「很长很长");
            assertThat(wb.getSheet("年报数据").getRow(39).getCell(4).getCellComment().getString().getString())
                    .hasSizeLessThanOrEqualTo(32_767).startsWith("错误：填写的「很长");
        }
    }

    private static void writeWorkbook(Path file, boolean xls) throws Exception {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("年报数据");
            for (int r = 0; r < 45; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 6; c++) {
                    if (!(r == 39 && c == 4)) {
                        row.createCell(c).setCellValue(3);
                    }
                }
            }
            wb.write(out);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
