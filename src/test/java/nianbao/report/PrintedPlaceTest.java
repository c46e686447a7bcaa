package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The printed place of every cell names its table, its row and its column, short and one to a cell. */
class PrintedPlaceTest {

    static Stream<Field> fields() {
        return Form.fields().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void namesTheTableTheRowAndTheColumn(Field f) {
        String place = PrintedPlace.of(f);

        assertThat(place).startsWith("第" + f.section().numeral() + "部分 ")
                .endsWith(" 「" + f.columnLabel() + "」列")
                .contains(start(f.rowLabel()));
        for (String outer : f.rowLabels().subList(f.section() == Section.REVIEW ? 0 : 1, f.rowLabels().size())) {
            assertThat(place).as("row label %s", outer).contains(start(outer));
        }
    }

    /** The first characters of a label, spaces left out: what a clerk looks for in the printed table. */
    private static String start(String label) {
        String bare = label.replace(" ", "");
        return bare.substring(0, Math.min(bare.length(), 6));
    }

    @Test
    void eachCellHasAPlaceOfItsOwn() {
        Set<String> places = new HashSet<>();
        for (Field f : Form.fields()) {
            assertThat(places.add(PrintedPlace.of(f))).as("%s at %s", f.key(), PrintedPlace.of(f)).isTrue();
        }
        assertThat(places).hasSize(Form.SIZE);
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("disclosure.rules.issued",                        "第二部分 规章 「本年制发件数」列"),
                Arguments.of("disclosure.fees.amount",                         "第二部分 行政事业性收费 「本年收费金额（单位：万元）」列"),
                Arguments.of("application.new.natural_person",                 "第三部分 一、本年新收政府信息… 「自然人」列"),
                Arguments.of("application.partial.business",                   "第三部分 (二)部分公开 「商业企业」列"),
                Arguments.of("application.withheld.state_secret.total",        "第三部分 (三)不予公开·1.属于国家秘密 「总计」列"),
                Arguments.of("application.other.no_correction.natural_person", "第三部分 (六)其他处理·1.申请人无正当理由… 「自然人」列"),
                Arguments.of("application.total.other_org",                    "第三部分 (七)总计 「其他」列"),
                Arguments.of("application.carried_forward.research",           "第三部分 四、结转下年度继续办理 「科研机构」列"),
                Arguments.of("review.upheld",                                  "第四部分 行政复议 「结果维持」列"),
                Arguments.of("litigation_after_review.total",                  "第四部分 行政诉讼·复议后起诉 「总计」列"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void readsShort(String key, String place) {
        assertThat(PrintedPlace.of(Form.field(key))).isEqualTo(place);
    }

    @Test
    void cellsOfOneRowAreListedInPrintedOrder() {
        List<Field> cells = List.of(Form.matrix(MatrixRow.GRANTED, Applicant.TOTAL),
                Form.matrix(MatrixRow.GRANTED, Applicant.NATURAL_PERSON), Form.matrix(MatrixRow.GRANTED, Applicant.BUSINESS));

        assertThat(PrintedPlace.of(cells)).isEqualTo("第三部分 (一)予以公开 「自然人、商业企业、总计」列");
    }

    @Test
    void refusesCellsOfTwoRows() {
        List<Field> cells = List.of(Form.matrix(MatrixRow.GRANTED, Applicant.TOTAL), Form.matrix(MatrixRow.PARTIAL, Applicant.TOTAL));

        assertThatThrownBy(() -> PrintedPlace.of(cells)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrintedPlace.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
