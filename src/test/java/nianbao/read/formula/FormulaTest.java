package nianbao.read.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import nianbao.model.CellAddress;
import nianbao.read.LayoutCache;
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
}
