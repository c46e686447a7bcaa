package nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of number text for typed cells and printed tables: what each accepts, and the zero words both share. */
class NumberTextTest {

    @ParameterizedTest(name = "typed「{0}」= {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12          | 12
            １２        | 12
            1,234       | 1234
            1 234       | 1234
            +5          | 5
            .5          | 0.5
            −3          | -3
            """)
    void aTypedCellIsReadLiberally(String text, BigDecimal value) {
        assertThat(NumberText.typed(text)).contains(value);
    }

    @ParameterizedTest(name = "printed「{0}」= {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12          | 12
            １２        | 12
            1,234       | 1234
            −3          | -3
            3.50        | 3.50
            """)
    void aPrintedCellIsReadStrictly(String text, BigDecimal value) {
        assertThat(NumberText.printed(text)).contains(value);
    }

    @ParameterizedTest(name = "printed「{0}」is no number")
    @ValueSource(strings = {"1 234", "+5", ".5", "12件", "一", "第3条", ""})
    void aPrintedCellWithSpacesOrWordsIsNoNumber(String text) {
        assertThat(NumberText.printed(text)).isEmpty();
    }

    @ParameterizedTest(name = "「{0}」is written for zero")
    @ValueSource(strings = {"无", "暂无", "没有", "零", "×", "-", "——", "／", "\\\\", "0件", "（无）", " 无 "})
    void bothReadTheSameZeroWords(String text) {
        assertThat(NumberText.isZeroWord(text)).isTrue();
        assertThat(NumberText.typed(text)).isEmpty();
    }

    @ParameterizedTest(name = "「{0}」is not zero")
    @ValueSource(strings = {"有", "10件", "0.5%", "不详", "1"})
    void otherWordsAreNotZero(String text) {
        assertThat(NumberText.isZeroWord(text)).isFalse();
    }
}
