package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.Field;
import nianbao.form.Form;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that comes from returns (agency names, file names) and goes into a workbook nianbao writes stays
 * text: read back with POI, every cell holding it is a string cell and no formula contains it.
 */
class FormulaInjectionTest {

    /** As agency names. */
    static final List<String> AGENCIES = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)");
    /** As file names: a file name cannot hold '/', so the link has no scheme and the command says -C. */
    static final List<String> FILE_NAMES = List.of("=HYPERLINK(\"x\",\"y\")", "+cmd|' -C calc'!A0", "-1+1", "@SUM(1)");

    @TempDir
    Path dir;

    @Test
    void theConsolidatedWorkbookHoldsAgencyAndFileNamesAsText() throws Exception {
        Path returns = returns();
        Path out = dir.resolve("汇总.xlsx");

        Run run = HostileCorpusTest.run("consolidate", returns.toString(), "-o", out.toString(), "--quiet",
                "--agency", AGENCIES.get(0));

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        List<Cell> holding = cellsHolding(out, AGENCIES);
        assertThat(holding.stream().map(c -> c.getSheet().getSheetName()).distinct()).as("sheets naming the agencies")
                .contains("明细", "清单");
        assertThat(cellsHolding(out, FILE_NAMES.subList(1, 2))).as("cells naming the files").isNotEmpty();
    }

    @Test
    void annotatedCopiesHoldFindingTextAsText() throws Exception {
        Path returns = returns();
        Path annotated = dir.resolve("标注");

        Run run = HostileCorpusTest.run("verify", returns.toString(), "--annotate", annotated.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        try (Stream<Path> copies = Files.list(annotated)) {
            List<Path> files = copies.toList();
            assertThat(files).hasSize(FILE_NAMES.size());
            for (Path copy : files) {
                assertThat(cellsHolding(copy, AGENCIES)).as(copy.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void aTemplateAndAnExtractedTemplateHoldTheAgencyAsText() throws Exception {
        for (String agency : AGENCIES) {
            Path template = dir.resolve("t" + AGENCIES.indexOf(agency) + ".xlsx");
            assertThat(HostileCorpusTest.run("template", "-o", template.toString(), "--agency", agency).code()).isEqualTo(Main.OK);
            assertThat(cellsHolding(template, List.of(agency))).as(agency).hasSize(1);

            Path report = dir.resolve("r" + AGENCIES.indexOf(agency) + ".txt");
            assertThat(HostileCorpusTest.run("render", template.toString(), "-o", report.toString()).code()).isEqualTo(Main.OK);
            Path extracted = dir.resolve("e" + AGENCIES.indexOf(agency) + ".xlsx");
            Run run = HostileCorpusTest.run("extract", report.toString(), "-o", extracted.toString());
            assertThat(extracted).as(run.out() + run.err()).exists();
            cellsHolding(extracted, List.of(agency));
        }
    }

    /**
     * Valid returns named and filled in by the hostile names: every input 0 but one left blank, so each
     * has a finding (a warning) to annotate.
     */
    private Path returns() throws IOException {
        Path returns = Files.createDirectories(dir.resolve("returns"));
        Map<String, BigDecimal> zeros = new HashMap<>();
        Form.fields().stream().filter(Field::isInput).skip(1).forEach(f -> zeros.put(f.key(), BigDecimal.ZERO));
        for (int i = 0; i < AGENCIES.size(); i++) {
            ReturnFiles.write(returns.resolve(FILE_NAMES.get(i) + ".xlsx"), AGENCIES.get(i), "", 2024, "", zeros);
        }
        return returns;
    }

    /**
     * The cells whose text contains one of {@code texts}, each checked to be a string cell; and every
     * formula in the workbook checked not to contain any of them.
     */
    static List<Cell> cellsHolding(Path workbook, List<String> texts) throws IOException {
        List<Cell> holding = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = workbook.getFileName() + " '" + sheet.getSheetName() + "'!" + cell.getAddress();
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(texts).as(where + " formula " + cell.getCellFormula())
                                    .noneMatch(t -> cell.getCellFormula().contains(t.substring(1)));
                        } else if (cell.getCellType() == CellType.STRING
                                && texts.stream().anyMatch(t -> cell.getStringCellValue().contains(t))) {
                            holding.add(cell);
                        } else {
                            assertThat(cell.getCellType()).as(where).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK,
                                    CellType.BOOLEAN);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
