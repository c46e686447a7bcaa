package nianbao.read.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.form.MetaKey;
import nianbao.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The title matched without a regex gives what the regex it replaced gave. */
class MetaLabelsTest {

    private static final Pattern TITLE = Pattern.compile("(.+?)(\\d{4})年度?政府信息公开工作年度报告.*");
    private static final String[] PIECES = {"某局", "0000", "02", "2024", "２０２４", "年", "度", "年度", "政府信息公开工作年度报告",
        "政府信息公开工作", "年度报告", " ", "\t", "\u3000", "\u2028", "\u0085", "\n", "（草稿）", "1", "x"};

    static Stream<String> titles() {
        List<String> titles = new ArrayList<>(List.of("合成测试单位0000022024年政府信息公开工作年度报告",
                "某局2024年度政府信息公开工作年度报告（修订）", "某局 ２０２４ 年政府信息公开工作年度报告", "2024年政府信息公开工作年度报告",
                "x2024年政府信息公开工作年度报告", "某局2024年政府信息公开工作年度报告\u2028附", "某局24年政府信息公开工作年度报告", ""));
        long seed = Seeds.take("MetaLabelsTest", 4_2024L);
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            StringBuilder title = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                title.append(PIECES[random.nextInt(PIECES.length)]);
            }
            titles.add(title.toString());
        }
        return titles.stream();
    }

    @ParameterizedTest
    @MethodSource("titles")
    void readsATitleAsTheRegexDid(String written) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        MetaLabels.title(written, meta);
        assertThat(meta).as(written).isEqualTo(byRegex(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            某局2024年政府信息公开工作年度报告 | 某局 | 2024
            某局２０２４年度政府信息公开工作年度报告 | 某局 | 2024
            """)
    void takesTheAgencyAndYearOfATitle(String written, String agency, String year) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        MetaLabels.title(written, meta);
        assertThat(meta).isEqualTo(Map.of(MetaKey.AGENCY, agency, MetaKey.YEAR, year));
    }

    private static Map<MetaKey, String> byRegex(String written) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        Matcher m = TITLE.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
        if (m.matches()) {
            meta.put(MetaKey.AGENCY, m.group(1));
            meta.put(MetaKey.YEAR, m.group(2));
        }
        return meta;
    }
}
