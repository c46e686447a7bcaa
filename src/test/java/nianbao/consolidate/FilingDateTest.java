package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilingDateTest {

    /** The careful reading: the whole text normalized by {@link Normalizer}, then the patterns. */
    private static int careful(String text) {
        return FilingDate.matched(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-20|20250120", "2025年1月20日|20250120", "2025/1/20|20250120", "20250120|20250120",
        " ２０２５年０１月２０日 |20250120", "2025-13-01|0", "2025-1-205|20250120", "20251-1-1|2510101",
        "2025----1-1|0", "2025-123-4|0", "填报日期：2025.3.4|20250304", "2025-1-|0", "2025|0", "2025-1-0|0",
        "2025\uD83D\uDE00\uD83D\uDE00-1-1|20250101", "2025 年 12 月 31 日|20251231", "abc|0", "2025-01-20T10|20250120"})
    void readsDatesAsThePatternsDo(String text, int expected) {
        assertThat(FilingDate.parse(text)).as(text).isEqualTo(expected).isEqualTo(careful(text));
    }

    @Test
    void agreesWithThePatternsOnRandomTexts() {
        long seed = Seeds.take("FilingDateTest", 20_251_125L);
        Random random = new Random(seed);
        String pieces = "0123456789０１２３年月日-/. 　\uD83D\uDE00a";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String s = text.toString();
            assertThat(FilingDate.parse(s)).as(s).isEqualTo(careful(s));
        }
    }

    @Test
    void normalizesCreditCodesAsTheCarefulPathDoes() {
        Pattern spaces = Pattern.compile("\\s+");
        for (String code : new String[] {"91110000ABCDEFGH1X", "91110000abcdefgh1x", " 9111 0000 ", "９１１１ＡＢ", "", "Ⅻ12", "1\t2\n"}) {
            String careful = spaces.matcher(Normalizer.normalize(code, Normalizer.Form.NFKC)).replaceAll("").toUpperCase(Locale.ROOT);
            assertThat(Roster.normalizeCode(code)).as(code).isEqualTo(careful);
        }
    }
}
