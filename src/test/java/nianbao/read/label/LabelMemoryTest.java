package nianbao.read.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Return;
import nianbao.read.Grid;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;
import nianbao.read.ReturnReader;
import nianbao.testing.FixtureValues;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelMemoryTest {

    private static final String LABEL = MatrixRow.NEW.label();

    final ReturnReader reader = new ReturnReader();

    @TempDir
    Path dir;

    static Stream<Arguments> sheets() {
        return Stream.of(
                Arguments.of("same text at the same place", "年报数据", 2, 1, LABEL, true),
                Arguments.of("one row lower", "年报数据", 3, 1, LABEL, false),
                Arguments.of("one column to the right", "年报数据", 2, 2, LABEL, false),
                Arguments.of("another text", "年报数据", 2, 1, "本年新收政府信息公开申请数量", false),
                Arguments.of("another sheet name", "表一", 2, 1, LABEL, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void recognisesOnlyTheSameLabelCellsOnASheetOfTheSameName(String name, String sheet, int row, int column,
                                                              String text, boolean matches) {
        LabelMemory.Entry entry = new LabelMemory.Entry(List.of("年报数据"),
                List.of(new LabelMemory.Used(0, 2, 1, Labels.normalize(LABEL))), Map.of());
        Grid grid = new Grid(sheet);
        grid.put(row, column, new RawCell(RawCell.Kind.TEXT, text, null));
        assertThat(entry.matches(List.of(new LabelSheet(grid, new LayoutCache())))).isEqualTo(matches);
    }

    @Test
    void readsEachFileByItsOwnLabelsWhateverWasReadBefore() throws Exception {
        List<OfficialLayoutFixture> files = List.of(
                fixture(1L).origin(4, 3), fixture(2L).origin(4, 3), fixture(3L).origin(5, 3),
                fixture(4L).origin(4, 4), fixture(5L).origin(4, 3).variants(true), fixture(6L).origin(4, 3),
                fixture(7L).origin(4, 3).gap(2), fixture(8L).origin(4, 3).splitSheets(true), fixture(9L).origin(4, 3));
        for (int i = 0; i < files.size(); i++) {
            OfficialLayoutFixture fixture = files.get(i);
            Map<String, BigDecimal> values = FixtureValues.random(i + 1L);
            Return r = reader.read(fixture.write(dir.resolve(i + ".xlsx"), Writer.POI_XLSX));
            assertThat(r.findings()).as("file " + i + " findings").isEmpty();
            for (Field f : Form.fields()) {
                assertThat(r.findCell(f.key())).as("file " + i + " cell of " + f.key()).contains(fixture.cells().get(f.key()));
                assertThat(r.values().get(f.key())).as("file " + i + " " + f.key())
                        .isEqualByComparingTo(values.get(f.key()));
            }
            assertThat(r.agency()).as("file " + i + " agency").isEqualTo("机构" + (i + 1));
        }
    }

    @Test
    void doesNotRememberALayoutFoundInPart() throws Exception {
        OfficialLayoutFixture full = fixture(10L).origin(6, 2);
        Path partial = full.write(dir.resolve("partial.xlsx"), Writer.POI_XLSX);
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(partial))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && Labels.normalize(cell.getStringCellValue()).endsWith(Labels.normalize(LABEL))) {
                        cell.setBlank();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("partial2.xlsx"))) {
                wb.write(out);
            }
        }
        assertThat(reader.read(dir.resolve("partial2.xlsx")).values()).doesNotContainKey(Form.matrix(MatrixRow.NEW,
                Applicant.NATURAL_PERSON).key());
        Return r = reader.read(full.write(dir.resolve("full.xlsx"), Writer.POI_XLSX));
        assertThat(r.findings()).isEmpty();
        Map<String, CellAddress> cells = full.cells();
        assertThat(Form.fields()).allSatisfy(f -> assertThat(r.findCell(f.key())).contains(cells.get(f.key())));
    }

    private static OfficialLayoutFixture fixture(long seed) {
        Map<String, BigDecimal> values = FixtureValues.random(seed);
        return OfficialLayoutFixture.of(values).meta(MetaKey.AGENCY, "机构" + seed).meta(MetaKey.YEAR, "2024");
    }
}
