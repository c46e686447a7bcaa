package nianbao.read.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.model.CellAddress;
import nianbao.read.Book;
import nianbao.read.CellSet;
import nianbao.read.DefinedNames;
import nianbao.read.Grid;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;
import nianbao.read.formula.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SheetPartTest {

    private static final String SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
            + "<c r=\"C1\"><f t=\"shared\" ref=\"C1:C3\" si=\"0\">A1+1</f><v>2</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>5</v></c><c r=\"C2\"><f t=\"shared\" si=\"0\"/><v>6</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>7</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\"><v>9</v></c></row>"
            + "</sheetData><broken";

    /** A reference read from the bytes of a tag gives the key the text of it gives; -1 when it is none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A1       | 0
            $J$12    | 180233
            xfd1048576 | 17179869183
            XFE1     | -1
            A0       | -1
            A1048577 | -1
            ABCD1    | -1
            1A       | -1
            A        | -1
            $$A1     | -1
            A1$      | -1
            A１      | -1
            Ä1       | -1
            A123456789 | -1
            """)
    void aReferenceInBytesIsReadAsItsText(String ref, long key) {
        byte[] inTag = ("<c r=\"" + ref + "\">").getBytes(StandardCharsets.UTF_8);
        int from = "<c r=\"".length();
        assertThat(SheetPart.position(inTag, from, inTag.length - 2)).as(ref)
                .isEqualTo(SheetPart.position(ref, 0)).isEqualTo(key);
    }

    @Test
    void keepsOnlyTheWantedCellsAndStopsAfterTheLastWantedRow() throws Exception {
        CellSet wanted = CellSet.bySheet(List.of(new CellAddress("s", 1, 2), new CellAddress("s", 0, 1))).get("s");
        Grid grid = SheetPart.parse(SHEET.getBytes(StandardCharsets.UTF_8), "s", i -> "甲局", wanted);
        assertThat(grid.cells()).hasSize(2);
        assertThat(grid.at(0, 1)).isEqualTo(RawCell.text("甲局"));
        assertThat(grid.at(1, 2)).as("the shared formula's master was in a skipped cell")
                .isEqualTo(new RawCell(RawCell.Kind.NUMBER, "6", "A2+1"));
        assertThat(grid.at(0, 0)).isEqualTo(RawCell.EMPTY);
    }

    @Test
    void cellSetsAnswerMembershipPerSheet() {
        var sets = CellSet.bySheet(List.of(new CellAddress("a", 57, 14), new CellAddress("a", 3, 2), new CellAddress("b", 0, 0)));
        assertThat(sets.get("a").contains(3, 2)).isTrue();
        assertThat(sets.get("a").contains(3, 3)).isFalse();
        assertThat(sets.get("a").lastRow()).isEqualTo(57);
        assertThat(sets.get("b").contains(0, 0)).isTrue();
        assertThat(sets.get("b").contains(57, 14)).isFalse();
    }

    @Test
    void expandsSharedFormulasWhileParsingASheet() throws Exception {
        String xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c>"
                + "<c r=\"C1\"><f t=\"shared\" ref=\"C1:C2\" si=\"0\">SUM(A1:B1)</f><v>3</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>4</v></c><c r=\"B2\"><v>5</v></c>"
                + "<c r=\"C2\"><f t=\"shared\" si=\"0\"/></c></row></sheetData></worksheet>";
        Grid grid = SheetPart.parse(xml.getBytes(StandardCharsets.UTF_8), "s", i -> "");
        assertThat(grid.at(1, 2).formula()).isEqualTo("SUM(A2:B2)");
        assertThat(grid.at(1, 2).lacksCachedValue()).isTrue();
        Book book = new Book() {
            public java.util.List<String> sheetNames() { return java.util.List.of("s"); }
            public DefinedNames names() { return new DefinedNames(Map.of(), java.util.Set.of()); }
            public Optional<Grid> sheet(String name) { return Optional.of(grid); }
        };
        assertThat(new Evaluator(book, n -> Optional.empty(), new LayoutCache()).compute("C1+C2", "s")).contains(new BigDecimal(12));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "12", "-3", "+4", "1.5", ".5", "5.", "1E3", "1.2345678901234501E+20", "4.9E-324", "1e-7"})
    void theNumbersSpreadsheetsStoreAreNumbers(String stored) {
        assertThat(SheetPart.isNumber(stored)).isTrue();
    }
}
