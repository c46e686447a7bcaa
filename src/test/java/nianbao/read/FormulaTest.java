package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import nianbao.model.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

    static final Map<String, CellAddress> NAMES = Map.of("review.upheld", CellAddress.parse("'年报数据'!$B$9"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SUM(D12:I12)                 | 年报数据!D12 年报数据!E12 年报数据!F12 年报数据!G12 年报数据!H12 年报数据!I12 | 0
            SUM(D12,E12)+F12             | 年报数据!D12 年报数据!E12 年报数据!F12                                  | 0
            SUM($D$12, 'x y'!A1)         | 年报数据!D12 x y!A1                                                    | 0
            A1-B1+2                      | 年报数据!A1 -年报数据!B1                                               | 2
            sum(review.upheld)           | 年报数据!B9                                                            | 0
            """)
    void parsesSignedSums(String text, String cells, String constant) {
        Formula f = Formula.parse(text, "年报数据", n -> Optional.ofNullable(NAMES.get(n)), new LayoutCache()).orElseThrow();
        String actual = String.join(" ", f.terms().stream()
                .map(t -> (t.sign() < 0 ? "-" : "") + t.cell().sheet() + "!" + t.cell().a1()).toList());
        assertThat(actual).isEqualTo(cells);
        assertThat(f.constant()).isEqualByComparingTo(constant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IF(A1>0,1,2)
            A1*2
            VLOOKUP(A1,B1:C9,2)
            SUM(A1:XFD1048576)
            unknown.name
            """)
    void leavesOtherFormulasAlone(String text) {
        assertThat(Formula.parse(text, "s", n -> Optional.empty(), new LayoutCache())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SUM(D12:I12)      | 1 | 0 | SUM(D13:I13)
            SUM($D12:I$12)    | 2 | 1 | SUM($D14:J$12)
            'a b'!C3+C3       | 1 | 1 | 'a b'!D4+D4
            """)
    void shiftsSharedFormulas(String master, int rows, int columns, String shifted) {
        assertThat(Formula.shift(master, rows, columns)).isEqualTo(shifted);
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
}
