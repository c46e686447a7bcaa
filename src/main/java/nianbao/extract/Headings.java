package nianbao.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.Labels;
import nianbao.form.Section;

/**
 * The headings that open the parts of a report, as reports really print them: the three tables' under
 * any numeral (三、 for 四 by mistake), after a Markdown mark or 表三：, with 与 or 和 for 、 (行政复议与行政诉讼),
 * and the report's other parts (五、存在的主要问题…), which end the table before them. All on folded text.
 */
final class Headings {

    /** A Chinese numeral of a part: 一 to 十九. */
    private static final String NUMERAL = "[一二三四五六七八九十]{1,2}";
    /** What may stand before a heading's numeral or words: Markdown marks, 表三：. */
    private static final String PREFIX = "^([#>*]*(?:表" + NUMERAL + "[:.]?)?)";
    private static final String NUMBERED = "(?:" + NUMERAL + "\\.)";
    /** The words of the report's parts that are not tables, as printed after their numeral. */
    private static final List<String> OTHER_PARTS = List.of("总体情况", "存在的主要问题", "政府信息公开工作存在",
            "其他需要报告", "信息处理费", "政府信息公开收费");
    /** How much longer than its words an unnumbered heading line may be. */
    private static final int BARE_SLACK = 4;

    private static final Map<Section, String> WORDS = new EnumMap<>(Section.class);
    private static final Map<Section, Pattern> OPENING = new EnumMap<>(Section.class);
    private static final Pattern TOP_LEVEL = Pattern.compile(PREFIX + NUMBERED + "[^\\d.]");
    private static final Pattern ANY_NUMBERED;

    static {
        StringBuilder parts = new StringBuilder();
        for (Section s : Section.values()) {
            WORDS.put(s, words(s));
            OPENING.put(s, Pattern.compile(PREFIX + "(" + NUMBERED + ")?" + WORDS.get(s)));
            parts.append(parts.length() == 0 ? "" : "|").append(WORDS.get(s));
        }
        OTHER_PARTS.forEach(p -> parts.append('|').append(Pattern.quote(p)));
        ANY_NUMBERED = Pattern.compile(NUMBERED + "(?:" + parts + ")");
    }

    private Headings() {
    }

    /** The table whose heading opens this folded row text, if any. */
    static Optional<Section> section(String folded) {
        for (Section s : Section.values()) {
            Matcher m = OPENING.get(s).matcher(folded);
            if (m.find() && (!m.group(1).isEmpty() || m.group(2) != null || folded.length() <= m.end() + BARE_SLACK)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether the folded row text starts with a numbered part heading (一、 to 十九、) or a table's heading. */
    static boolean topLevel(String folded) {
        return TOP_LEVEL.matcher(folded).find() || section(folded).isPresent();
    }

    /** Whether the folded row text starts with a numbered part heading known by its words (五、存在的主要问题…). */
    static boolean namedPart(String folded) {
        Matcher m = ANY_NUMBERED.matcher(folded.replaceFirst("^[#>*]+", ""));
        return m.lookingAt();
    }

    /** Where numbered part headings (三、收到和处理…, 五、存在的主要问题…) start in a folded line. */
    static Matcher numberedParts(String folded) {
        return ANY_NUMBERED.matcher(folded);
    }

    /**
     * The regular expression of a table heading's words: 、 may be printed 与, 和 or 及, and a leading
     * 政府信息公开 may be left out (行政复议与行政诉讼情况).
     */
    private static String words(Section s) {
        String heading = Labels.normalize(s.heading());
        String words = heading.replaceFirst("^" + NUMERAL + "\\.", "");
        String lead = "政府信息公开";
        boolean optionalLead = words.startsWith(lead) && words.length() > lead.length() + 2;
        String rest = optionalLead ? words.substring(lead.length()) : words;
        StringBuilder regex = new StringBuilder(optionalLead ? "(?:" + lead + ")?" : "");
        for (char c : rest.toCharArray()) {
            regex.append(c == '.' ? "[.与和及]" : Pattern.quote(String.valueOf(c)));
        }
        return regex.toString();
    }
}
