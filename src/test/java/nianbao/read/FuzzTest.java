package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.model.CellAddress;
import nianbao.testing.FixtureValues;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import nianbao.testing.PackageParts;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutates valid returns (byte flips in their XML parts, truncations, random cell values and types) and
 * reads each: the outcome is always a return or an {@link UnreadableException} with a Chinese message
 * naming the file, within a generous time limit (a hang guard, not a performance target). Seeded:
 * rerun a failure with {@code -Dnianbao.seed=S}.
 */
class FuzzTest {

    static final long SEED = Seeds.property(20250607L);
    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    /** One way of breaking a valid return, with how many cases of it a run tries. */
    enum Mutation {
        BYTE_FLIPS(800), TRUNCATION(700), CELL_VALUES(500);

        final int cases;

        Mutation(int cases) {
            this.cases = cases;
        }
    }

    @TempDir
    static Path dir;

    static final List<byte[]> VALID = new ArrayList<>();
    /** Where the form's cells are in the fixtures (the first two valid returns). */
    static Map<String, CellAddress> cells;

    @BeforeAll
    static void validReturns() throws IOException {
        Map<String, BigDecimal> values = FixtureValues.random(SEED);
        OfficialLayoutFixture named = OfficialLayoutFixture.of(values).names(true);
        VALID.add(Files.readAllBytes(named.write(dir.resolve("n.xlsx"), Writer.POI_XLSX)));
        VALID.add(Files.readAllBytes(OfficialLayoutFixture.of(values).formulas(true).write(dir.resolve("l.xlsx"), Writer.FASTEXCEL_XLSX)));
        cells = named.cells();
        VALID.add(Files.readAllBytes(Path.of("samples/returns/湛河区教育局.xlsx")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mutation.class)
    void everyMutatedReturnIsReadOrRefusedWithAMessage(Mutation mutation) throws Exception {
        long seed = SEED + mutation.ordinal();
        Seeds.note("FuzzTest " + mutation, seed);
        Random random = new Random(seed);
        ReturnReader reader = new ReturnReader();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < mutation.cases; n++) {
            byte[] valid = VALID.get(random.nextInt(mutation == Mutation.CELL_VALUES ? 2 : VALID.size()));
            Path file = dir.resolve(mutation.name().toLowerCase() + "-" + n + ".xlsx");
            Files.write(file, mutate(mutation, valid, random));
            String outcome = assertTimeoutPreemptively(HANG_GUARD, () -> outcome(reader, file), "case " + n + " seed " + seed);
            if (!outcome.isEmpty()) {
                failures.add("case " + n + " (seed " + seed + "): " + outcome);
            }
            Files.delete(file);
        }
        assertThat(failures).as(mutation + " seed " + seed).isEmpty();
    }

    /** "" when the outcome is a return or a good refusal, else what went wrong. */
    static String outcome(ReturnReader reader, Path file) {
        try {
            reader.read(file);
            return "";
        } catch (UnreadableException e) {
            String m = String.valueOf(e.getMessage());
            return m.contains(file.toString()) && m.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? "" : "bad message: " + m;
        } catch (Throwable t) {
            return "escaped: " + t;
        }
    }

    static byte[] mutate(Mutation mutation, byte[] valid, Random random) throws IOException {
        return switch (mutation) {
            case BYTE_FLIPS -> flipXml(valid, random);
            case TRUNCATION -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case CELL_VALUES -> randomCells(valid, random);
        };
    }

    /** Flips a few bytes of one XML part (a sheet, the workbook, shared strings) and zips the package again. */
    static byte[] flipXml(byte[] valid, Random random) throws IOException {
        Map<String, byte[]> parts = unzip(valid);
        List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        String name = xml.get(random.nextInt(xml.size()));
        byte[] part = parts.get(name).clone();
        for (int i = 1 + random.nextInt(8); i > 0 && part.length > 0; i--) {
            int at = random.nextInt(part.length);
            part[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) "<>&\"'0-9.E#!/=:".charAt(random.nextInt(15));
        }
        return zip(parts, name, part);
    }

    /** Writes random values of random types into random cells of the form with POI. */
    static byte[] randomCells(byte[] valid, Random random) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(valid)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<CellAddress> cells = new ArrayList<>(FuzzTest.cells.values());
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                CellAddress at = cells.get(random.nextInt(cells.size()));
                Sheet sheet = wb.getSheet(at.sheet()) != null ? wb.getSheet(at.sheet()) : wb.getSheetAt(0);
                Row row = sheet.getRow(at.row()) != null ? sheet.getRow(at.row()) : sheet.createRow(at.row());
                set(row.createCell(at.column()), random);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void set(Cell cell, Random random) {
        switch (random.nextInt(8)) {
            case 0 -> cell.setCellValue(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 10));
            case 1 -> cell.setCellValue(List.of("无", "—", "１２", "1,234", "-0", "abc", "", " ", "1e400", "NaN").get(random.nextInt(10)));
            case 2 -> cell.setCellValue(random.nextBoolean());
            case 3 -> cell.setCellErrorValue(FormulaError.values()[random.nextInt(FormulaError.values().length)].getCode());
            case 4 -> cell.setCellFormula(List.of("A1/0", "SUM(A1:C3)", "#REF!+1", "1/0", "B2", "SUM(XFD1048576)", "A1+A1")
                    .get(random.nextInt(7)));
            case 5 -> cell.setBlank();
            case 6 -> cell.setCellValue(random.nextInt(1_000_000) - 500_000);
            default -> cell.setCellValue(Double.MAX_VALUE);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        return PackageParts.unzip(Files.write(dir.resolve("unzip.zip"), zip));
    }

    static byte[] zip(Map<String, byte[]> parts, String replaced, byte[] replacement) throws IOException {
        Map<String, byte[]> edited = new LinkedHashMap<>(parts);
        edited.put(replaced, replacement);
        return Files.readAllBytes(PackageParts.zip(edited, dir.resolve("zipped.zip")));
    }
}
