package nianbao.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Folding without a regex folds every text as the regex it replaced did. */
class LabelsTest {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00a0\\u3000\"'“”‘’「」『』]+");
    private static final String[] PIECES = {"本年", "度止", "先行", "有效", "结转下一年度", "钩稽", "行政规范性文件", " ", "\t",
        "\n", "\r", "\u000B", "\f", "\u00a0", "\u3000", "\u2028", "\u0085", "\"", "'", "“", "”", "‘", "’", "「", "」", "『",
        "』", "、", ",", "，", "．", "。", "（", "）", "１", "Ａ", "ﾊﾟ", "甲", "a"};

    static Stream<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Field f : Form.fields()) {
            texts.add(f.describe());
        }
        long seed = Seeds.take("LabelsTest", 20_251_125L);
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void foldsAsTheRegexDid(String text) {
        assertThat(Labels.normalize(text)).as(text).isEqualTo(byRegex(text));
    }

    @Test
    void normalizesEveryCharacterAsTheNormalizer() {
        for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
            String text = "甲" + ch + "Ａ" + ch;
            assertThat(Labels.nfkc(text)).as("U+%04X", (int) ch).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
        }
    }

    @Test
    void normalizesMixedTextsAsTheNormalizer() {
        long seed = Seeds.take("LabelsTest mixed", 77L);
        Random random = new Random(seed);
        char[] pool = "aZ9 \t（）：１Ａｚ\u3000、。〃《》【】‘’“”—甲乙鿿ﾊﾟ\u0301\u00e9e\u2460①".toCharArray();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n >= 0; n--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String t = text.toString();
            assertThat(Labels.nfkc(t)).as(t).isEqualTo(Normalizer.normalize(t, Normalizer.Form.NFKC));
        }
    }

    @Test
    void foldsNothingToEmpty() {
        assertThat(Labels.normalize(null)).isEmpty();
        assertThat(Labels.normalize(" \u3000\n")).isEmpty();
    }

    private static String byRegex(String label) {
        String s = IGNORED.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC)).replaceAll("");
        s = s.replace('、', '.').replace(',', '.').replace('．', '.').replace('。', '.');
        for (Map.Entry<String, String> variant : Map.of("本年度止", "本年废止", "先行有效", "现行有效", "结转下一年度", "结转下年度",
                "钩稽", "勾稽", "行政规范性文件", "规范性文件").entrySet()) {
            s = s.replace(variant.getKey(), variant.getValue());
        }
        return s;
    }
}
