package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12, point 12: what a terminal is shown of a text read from a file. */
class TerminalTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            newline           | 甲局\\u000A✓ 伪造.xlsx  伪造单位  2024 年 | 甲局\\n✓ 伪造.xlsx  伪造单位  2024 年
            carriage return   | 甲局\\u000D✓ 乙局                      | 甲局\\r✓ 乙局
            escape sequence   | \\u001B[31m红字\\u001B[0m              | \\u001B[31m红字\\u001B[0m
            bell and nul      | a\\u0007b\\u0000c                      | a\\u0007b\\u0000c
            delete and C1     | a\\u007Fb\\u0085c\\u009Bd              | a\\u007Fb\\u0085c\\u009Bd
            right-to-left override | 局育教\\u202Exlsx.                 | 局育教\\u202Exlsx.
            bidi embeddings   | \\u202A\\u202B\\u202C\\u202D            | \\u202A\\u202B\\u202C\\u202D
            bidi isolates     | \\u2066\\u2067\\u2068\\u2069            | \\u2066\\u2067\\u2068\\u2069
            bidi marks        | \\u200E\\u200F\\u061C                  | \\u200E\\u200F\\u061C
            line separators   | a\\u2028b\\u2029c                      | a\\u2028b\\u2029c
            tab kept          | 甲\\u0009乙                            | 甲\\u0009乙
            plain             | 湛河区教育局 C:\\Users\\a.xlsx          | 湛河区教育局 C:\\Users\\a.xlsx
            """)
    void controlAndBidiCharactersAreShownEscaped(String what, String raw, String shown) {
        String text = unescape(raw);
        String expected = what.equals("tab kept") || what.equals("plain") ? unescape(shown) : shown;

        assertThat(TerminalText.of(text)).as(what).isEqualTo(expected);
        assertThat(TerminalText.of(TerminalText.of(text))).as("escaping twice changes nothing").isEqualTo(expected);
        assertThat(TerminalText.of(text).chars()).as(what).noneMatch(c -> TerminalText.escaped((char) c.intValue()));
    }

    /** The Java escapes written in the table above, made the characters they stand for. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
