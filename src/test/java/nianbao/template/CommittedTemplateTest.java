package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The template committed under {@code templates/} must be what {@code nianbao template} writes today,
 * compared by what is read back (workbook bytes carry a timestamp). To refresh it after a deliberate
 * change: {@code java -jar target/nianbao.jar template -o templates/nianbao-template.xlsx --force}.
 */
class CommittedTemplateTest {

    static final Path COMMITTED = Path.of("templates/nianbao-template.xlsx");

    @Test
    void committedTemplateMatchesWhatTheWriterProducesToday() throws Exception {
        assertThat(COMMITTED).exists();
        try (XSSFWorkbook committed = new XSSFWorkbook(Files.newInputStream(COMMITTED));
                XSSFWorkbook today = Fixtures.open(Fixtures.bytes(new TemplateWriter().workbook(Filling.blank())))) {
            assertThat(snapshot(committed))
                    .as("templates/nianbao-template.xlsx is stale: regenerate it with "
                            + "java -jar target/nianbao.jar template -o templates/nianbao-template.xlsx --force")
                    .isEqualTo(snapshot(today));
        }
    }

    /** Everything a user or a reader sees: cells with value, formula and lock; merges; names; validations; protection. */
    static Map<String, String> snapshot(XSSFWorkbook wb) {
        Map<String, String> s = new TreeMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            String prefix = i + ":" + sheet.getSheetName() + "!";
            sheet.forEach(row -> row.forEach(c -> s.put(prefix + c.getAddress(), describe(c))));
            sheet.getMergedRegions().forEach(m -> s.put(prefix + "merged " + m.formatAsString(), ""));
            for (DataValidation v : sheet.getDataValidations()) {
                s.put(prefix + "validation " + String.join(" ", java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .map(r -> r.formatAsString()).sorted().toList()), v.getValidationConstraint().getValidationType()
                        + " " + v.getValidationConstraint().getFormula1() + " " + v.getErrorBoxText());
            }
            s.put(prefix + "protected", String.valueOf(sheet.getProtect()));
        }
        for (Name n : wb.getAllNames()) {
            s.put("name " + n.getNameName() + "@" + n.getSheetIndex(), n.getRefersToFormula());
        }
        s.put("structure locked", String.valueOf(wb.isStructureLocked()));
        return s;
    }

    private static String describe(Cell c) {
        String value = switch (c.getCellType()) {
            case FORMULA -> "=" + c.getCellFormula() + " → " + cached(c);
            case STRING -> c.getStringCellValue();
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            default -> c.getCellType().toString();
        };
        return value + (c.getCellStyle().getLocked() ? " [locked]" : " [unlocked]") + " " + c.getCellStyle().getDataFormatString();
    }

    private static String cached(Cell c) {
        return switch (c.getCachedFormulaResultType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            default -> c.getCachedFormulaResultType().toString();
        };
    }
}
