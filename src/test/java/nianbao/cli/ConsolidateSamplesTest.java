package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.verify.Verifier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: consolidate samples/returns with samples/roster.csv, checked against an independent sum. */
class ConsolidateSamplesTest {

    static final Path RETURNS = Path.of("samples/returns");
    static final Path ROSTER = Path.of("samples/roster.csv");

    @TempDir
    Path dir;

    @Test
    void theSampleDistrictSumsToTheValidReturnsAndVerifiesClean() throws Exception {
        Map<String, BigDecimal> expected = independentSum();
        Path target = dir.resolve("全区汇总.xlsx");

        int status = run("consolidate", RETURNS.toString(), "-o", target.toString(), "--roster", ROSTER.toString(),
                "--agency", "湛河区人民政府（全区汇总）", "--year", "2024");

        assertThat(status).as("some samples carry mistakes").isEqualTo(Main.INVALID);
        try (XSSFWorkbook wb = new XSSFWorkbook(target.toFile())) {
            for (Field f : Form.fields()) {
                Name name = wb.getName(f.key());
                Cell cell = wb.getSheet("汇总").getRow(new org.apache.poi.ss.util.CellReference(name.getRefersToFormula()).getRow())
                        .getCell(new org.apache.poi.ss.util.CellReference(name.getRefersToFormula()).getCol());
                assertThat(cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType())
                        .as(f.key()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(f.key()).isEqualByComparingTo(expected.get(f.key()));
            }
        }
        assertThat(run("verify", target.toString())).as("verify on the consolidated workbook").isEqualTo(Main.OK);
        assertThat(out.toString()).contains("名册中未报送的单位（1 个）：");
    }

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(out, true)).execute(args);
    }

    /** Reads and verifies every sample on its own, summing the valid ones. */
    private static Map<String, BigDecimal> independentSum() throws Exception {
        Map<String, BigDecimal> sums = new HashMap<>();
        Form.fields().forEach(f -> sums.put(f.key(), BigDecimal.ZERO));
        List<Path> files;
        try (Stream<Path> s = Files.list(RETURNS)) {
            files = s.sorted().toList();
        }
        int valid = 0;
        for (Path file : files) {
            Return r = new ReturnReader().read(file);
            if (Verifier.verify(r).stream().noneMatch(Finding::isError)) {
                r.values().forEach((k, v) -> sums.merge(k, v, BigDecimal::add));
                valid++;
            }
        }
        assertThat(valid).as("valid samples").isGreaterThan(5);
        return sums;
    }
}
