package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellRulesTest {

    static final Field COUNT = Form.field("application.granted.business");
    static final Field FEE = Form.field("disclosure.fees.amount");
    static final CellAddress CELL = new CellAddress("年报数据", 11, 9);
    static final Code AS_TEXT = Code.NUMBER_AS_TEXT_UNSUMMED;

    static RawCell number(String s) {
        return RawCell.number(s);
    }

    static RawCell text(String s) {
        return RawCell.text(s);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                //           field  cell                                          value      code                 expected actual
                Arguments.of(COUNT, number("3"),                                  "3",       null,                null,    null),
                Arguments.of(COUNT, number("3.0000000000000004"),                 "3",       null,                null,    null),
                Arguments.of(COUNT, RawCell.EMPTY,                                "0",       Code.BLANK,          "0",     ""),
                Arguments.of(COUNT, text("   "),                                  "0",       Code.BLANK,          "0",     "   "),
                Arguments.of(COUNT, text("无"),                                   "0",       Code.TEXT_AS_ZERO,   "0",     "无"),
                Arguments.of(COUNT, text("—"),                                    "0",       Code.TEXT_AS_ZERO,   "0",     "—"),
                Arguments.of(COUNT, text("-"),                                    "0",       Code.TEXT_AS_ZERO,   "0",     "-"),
                Arguments.of(COUNT, text("／"),                                   "0",       Code.TEXT_AS_ZERO,   "0",     "／"),
                Arguments.of(COUNT, text("/"),                                    "0",       Code.TEXT_AS_ZERO,   "0",     "/"),
                Arguments.of(COUNT, text("0件"),                                  "0",       Code.TEXT_AS_ZERO,   "0",     "0件"),
                Arguments.of(COUNT, text("暂无"),                                 "0",       Code.TEXT_AS_ZERO,   "0",     "暂无"),
                Arguments.of(COUNT, text("１２"),                                 "12",      AS_TEXT,             "12",    "１２"),
                Arguments.of(COUNT, text("1,234"),                                "1234",    AS_TEXT,             "1234",  "1,234"),
                Arguments.of(COUNT, text("１，２３４"),                           "1234",    AS_TEXT,             "1234",  "１，２３４"),
                Arguments.of(COUNT, text(" 7 "),                                  "7",       AS_TEXT,             "7",     " 7 "),
                Arguments.of(COUNT, text("五"),                                   null,      Code.NOT_A_NUMBER,   "数字",  "五"),
                Arguments.of(COUNT, text("5件"),                                  null,      Code.NOT_A_NUMBER,   "数字",  "5件"),
                Arguments.of(COUNT, text("1,23"),                                 null,      Code.NOT_A_NUMBER,   "数字",  "1,23"),
                Arguments.of(COUNT, new RawCell(RawCell.Kind.ERROR, "#REF!", "SUM(#REF!)"), null, Code.NOT_A_NUMBER, "数字", "#REF!"),
                Arguments.of(COUNT, new RawCell(RawCell.Kind.ERROR, "#DIV/0!", "1/0"), null, Code.NOT_A_NUMBER, "数字", "#DIV/0!"),
                Arguments.of(COUNT, new RawCell(RawCell.Kind.BOOLEAN, "TRUE", null), null, Code.NOT_A_NUMBER, "数字", "TRUE"),
                Arguments.of(COUNT, number("-2"),                                 "-2",      Code.NEGATIVE,       "≥0",    "-2"),
                Arguments.of(COUNT, text("－2"),                                  "-2",      Code.NEGATIVE,       "≥0",    "-2"),
                Arguments.of(COUNT, number("2.5"),                                "2.5",     Code.NOT_INTEGER,    "整数",  "2.5"),
                Arguments.of(FEE,   number("2.5"),                                "2.5",     null,                null,    null),
                Arguments.of(FEE,   number("0.123456"),                           "0.123456", null,               null,    null),
                Arguments.of(FEE,   number("1.1000000000000001"),                 "1.1",     null,                null,    null),
                Arguments.of(FEE,   text("12.50"),                                "12.50",   AS_TEXT,             "12.50", "12.50"),
                Arguments.of(FEE,   number("-0.5"),                               "-0.5",    Code.NEGATIVE,       "≥0",    "-0.5"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rules")
    void appliesTheCellRules(Field field, RawCell cell, String value, Code code, String expected, String actual) {
        CellRules.Reading reading = CellRules.read(field, CELL, cell);
        if (value == null) {
            assertThat(reading.value()).isEmpty();
        } else {
            assertThat(reading.value()).hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo(value));
        }
        if (code == null) {
            assertThat(reading.findings()).isEmpty();
        } else {
            assertThat(reading.findings()).as("a number typed as text says so besides").allMatch(f -> f.code() == code
                    || cell.kind() == RawCell.Kind.TEXT && f.code() == AS_TEXT);
            assertThat(reading.findings()).filteredOn(f -> f.code() == code).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(code);
                assertThat(f.cell()).isEqualTo(CELL);
                assertThat(f.keys()).containsExactly(field.key());
                assertThat(f.expected()).isEqualTo(expected);
                assertThat(f.actual()).isEqualTo(actual);
                assertThat(f.message()).contains(field.describe()).contains("'年报数据'!J12");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("nianbao.read.ReaderFixtures#everyField")
    void namesEveryFieldInItsMessage(Field field) {
        Finding f = CellRules.read(field, CELL, text("不详")).findings().get(0);
        assertThat(f.message()).startsWith(field.describe()).contains("「不详」不是数字");
    }

    @ParameterizedTest
    @MethodSource("nianbao.read.ReaderFixtures#everyField")
    void storesNumbersExactly(Field field) {
        assertThat(CellRules.read(field, CELL, number("40")).value()).contains(new BigDecimal("40"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "２", "1,234", " 7 "})
    void aNumberAsTextThatAFormulaSumsOverIsAnErrorSayingTheTotalLeavesItOut(String typed) {
        CellRules.Reading reading = CellRules.read(COUNT, CELL, text(typed), new CellRules.Context(true, null));

        assertThat(reading.value()).isPresent();
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.NUMBER_AS_TEXT);
            assertThat(f.isError()).isTrue();
            assertThat(f.code().code()).isEqualTo("number_as_text");
            assertThat(f.expected()).isEqualTo(reading.value().orElseThrow().toPlainString());
            assertThat(f.message()).contains("'年报数据'!J12").contains("文本形式保存的数字").contains("合计公式没有把它算进去")
                    .contains("重新输入数字 " + f.expected());
        });
    }

    @Test
    void aNumberAsTextNoFormulaSumsOverIsAWarningAndCounts() {
        CellRules.Reading reading = CellRules.read(FEE, CELL, text("3.5"), CellRules.Context.PLAIN);

        assertThat(reading.value()).contains(new BigDecimal("3.5"));
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.code().code()).isEqualTo("number_as_text");
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("已按 3.5 计");
        });
    }

    @Test
    void aDeletedTemplateTotalIsToldToRestoreItsFormulaNotToTypeZero() {
        Field total = Form.field("application.new.total");
        CellRules.Reading reading = CellRules.read(total, CELL, RawCell.EMPTY, new CellRules.Context(false, "SUM(D10:I10)"));

        assertThat(reading.value()).contains(BigDecimal.ZERO);
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.BLANK);
            assertThat(f.expected()).isEqualTo("=SUM(D10:I10)");
            assertThat(f.message()).contains("恢复该公式").contains("=SUM(D10:I10)").doesNotContain("请填写数字 0");
        });
    }
}
