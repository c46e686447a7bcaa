package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.testing.LibreOffice;
import nianbao.verify.Verifier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for text in a number cell, kept by the template's formulas and by the reader alike: a formula
 * counts any text as 0. A clerk pastes 无 and a number stored as text into the template; LibreOffice
 * recalculates it; the sheet's checks and {@code verify} on the saved file must tell the same story.
 */
class TextInNumberCellsTest {

    @TempDir
    Path dir;

    /** A balanced return: 3 new applications from natural persons, all 3 granted; every other input 0. */
    private static Map<String, BigDecimal> balanced() {
        Map<String, BigDecimal> values = new HashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> values.put(f.key(), BigDecimal.ZERO));
        values.put("application.new.natural_person", BigDecimal.valueOf(3));
        values.put("application.granted.natural_person", BigDecimal.valueOf(3));
        return values;
    }

    private Path pasted(String name, Map<String, String> texts) throws Exception {
        Path file = Files.createDirectories(dir.resolve("in")).resolve(name);
        try (XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(Map.of(MetaKey.AGENCY, "湛河区民政局", MetaKey.YEAR, "2024"),
                balanced()))) {
            texts.forEach((key, text) -> Fixtures.named(wb, key).setCellValue(text));
            wb.setForceFormulaRecalculation(true);
            Files.write(file, Fixtures.bytes(wb));
        }
        return file;
    }

    private static String check(XSSFWorkbook wb, Applicant column) {
        Identity balance = Formulas.balances().get(column.ordinal());
        return Fixtures.cell(wb, TemplateLayout.check(balance).topLeft()).getStringCellValue();
    }

    private static String status(XSSFWorkbook wb) {
        return Fixtures.cell(wb, TemplateLayout.status().topLeft()).getStringCellValue();
    }

    @Test
    void wuCountsZeroInTheSheetAndInVerifyAndBothSayItIsText() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: the template's formulas are not recalculated");
        Path file = pasted("无.xlsx", Map.of("application.new.business", "无", "application.carried_over.business", "无"));

        Path saved = LibreOffice.convert(List.of(file), "xlsx", Files.createDirectories(dir.resolve("out"))).get(0);

        try (XSSFWorkbook wb = new XSSFWorkbook(saved.toFile())) {
            for (Applicant column : Applicant.values()) {
                assertThat(check(wb, column)).as(column.name()).isEqualTo(Formulas.BALANCED);
            }
            assertThat(status(wb)).isEqualTo("有2格填的是文字，合计按0计，请改填数字");
        }
        Return r = new ReturnReader().read(saved);
        List<Finding> findings = Verifier.verify(r);
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).extracting(Finding::code).containsExactly(Code.TEXT_AS_ZERO, Code.TEXT_AS_ZERO);
    }

    @Test
    void aNumberStoredAsTextIsLeftOutOfTheSheetsTotalsAndVerifyNamesThatCellAlone() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: the template's formulas are not recalculated");
        Path file = pasted("文本.xlsx", Map.of("application.granted.natural_person", "3"));

        Path saved = LibreOffice.convert(List.of(file), "xlsx", Files.createDirectories(dir.resolve("out"))).get(0);

        try (XSSFWorkbook wb = new XSSFWorkbook(saved.toFile())) {
            assertThat(Fixtures.named(wb, "application.total.natural_person").getNumericCellValue()).as("SUM leaves the text out")
                    .isZero();
            assertThat(check(wb, Applicant.NATURAL_PERSON)).isEqualTo("不平衡\n相差 3");
            assertThat(status(wb)).startsWith("不平衡");
        }
        Return r = new ReturnReader().read(saved);
        List<Finding> findings = Verifier.verify(r);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.NUMBER_AS_TEXT);
            assertThat(f.keys()).containsExactly("application.granted.natural_person");
            assertThat(f.message()).doesNotContain("F9");
        });
        assertThat(r.value("application.granted.natural_person")).isEqualByComparingTo("3");
    }
}
