package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.MatrixRow;
import nianbao.testing.LibreOffice;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fills the blank template through its defined names (leaving the cached totals stale), has
 * LibreOffice recalculate it, and compares every formula cell with what the form model computes.
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeComputesEveryTotalAndCheckAsTheFormModelDoes() throws Exception {
        assumeTrue(LibreOffice.available(), "soffice is not on PATH: LibreOffice round trip skipped");
        long seed = Seeds.take("LibreOffice round trip", new Random().nextLong());
        Random random = new Random(seed);
        Map<String, BigDecimal> balanced = balancedInputs(random);
        Map<String, BigDecimal> broken = new LinkedHashMap<>(balanced);
        Applicant brokenColumn = Applicant.inputs().get(random.nextInt(6));
        String carriedForward = Form.matrix(MatrixRow.CARRIED_FORWARD, brokenColumn).key();
        broken.put(carriedForward, broken.get(carriedForward).add(BigDecimal.valueOf(1 + random.nextInt(9))));

        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        Files.createDirectories(in);
        Files.createDirectories(out);
        List<Path> converted = LibreOffice.convert(
                List.of(filled(balanced, in.resolve("balanced.xlsx")), filled(broken, in.resolve("broken.xlsx"))), "xlsx", out);

        assertRecalculated(converted.get(0), balanced, seed);
        assertRecalculated(converted.get(1), broken, seed);
        try (XSSFWorkbook wb = new XSSFWorkbook(converted.get(1).toFile())) {
            Identity b = Formulas.balances().get(brokenColumn.ordinal());
            assertThat(Fixtures.cell(wb, TemplateLayout.check(b).topLeft()).getStringCellValue()).as("seed " + seed).startsWith("不平衡\n相差 ");
            assertThat(Fixtures.cell(wb, TemplateLayout.status().topLeft()).getStringCellValue()).as("seed " + seed).startsWith("不平衡：2列");
        }
    }

    /** Random inputs in which every column balances: 二、上年结转 is chosen to make it so. */
    private static Map<String, BigDecimal> balancedInputs(Random random) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> values.put(f.key(), BigDecimal.valueOf(random.nextInt(20))));
        values.put("disclosure.fees.amount", new BigDecimal(random.nextInt(100_000) + "." + String.format("%06d", random.nextInt(1_000_000))));
        for (Applicant col : Applicant.inputs()) {
            BigDecimal results = MatrixRow.results().stream().map(r -> values.get(Form.matrix(r, col).key())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal owed = results.add(values.get(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key()));
            BigDecimal fresh = BigDecimal.valueOf(random.nextInt(owed.intValue() + 1));
            values.put(Form.matrix(MatrixRow.NEW, col).key(), fresh);
            values.put(Form.matrix(MatrixRow.CARRIED_OVER, col).key(), owed.subtract(fresh));
        }
        return values;
    }

    /** The blank template with the values typed in through the defined names; cached results left as written. */
    private static Path filled(Map<String, BigDecimal> values, Path file) throws Exception {
        try (XSSFWorkbook wb = new TemplateWriter().workbook(Filling.blank())) {
            values.forEach((key, v) -> Fixtures.named(wb, key).setCellValue(v.doubleValue()));
            wb.setForceFormulaRecalculation(true);
            Files.write(file, Fixtures.bytes(wb));
        }
        return file;
    }

    private static void assertRecalculated(Path file, Map<String, BigDecimal> values, long seed) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheet(TemplateLayout.SHEET).getProtect()).as("sheet protection survives LibreOffice").isTrue();
            for (Field f : Form.fields()) {
                XSSFCell cell = Fixtures.named(wb, f.key());
                if (f.isFormula()) {
                    assertThat(cell.getCellType()).as(f.key()).isEqualTo(CellType.FORMULA);
                }
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(f.key() + " seed " + seed)
                        .isEqualByComparingTo(Form.value(f, values));
            }
            for (Identity b : Formulas.balances()) {
                BigDecimal difference = sum(b.left(), values).subtract(sum(b.right(), values));
                String shown = difference.signum() == 0 ? "平衡" : "不平衡\n相差 " + difference.abs().toPlainString();
                assertThat(Fixtures.cell(wb, TemplateLayout.check(b).topLeft()).getStringCellValue()).as(b.scope() + " seed " + seed).isEqualTo(shown);
            }
            boolean allBalanced = Formulas.balances().stream().allMatch(b -> sum(b.left(), values).compareTo(sum(b.right(), values)) == 0);
            assertThat(Fixtures.cell(wb, TemplateLayout.status().topLeft()).getStringCellValue().equals("全部平衡")).isEqualTo(allBalanced);
        }
    }

    private static BigDecimal sum(List<Field> fields, Map<String, BigDecimal> values) {
        return fields.stream().map(f -> Form.value(f, values)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
