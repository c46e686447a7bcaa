package nianbao.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.MetaKey;

/**
 * Reads the agency and the year of a published report from its title (XX局2024年政府信息公开工作年度报告,
 * or 2024年XX局…) and from the sentence naming who compiled it (本报告由XX办公室…编制).
 */
final class TitleReader {

    private static final String REPORT = "政府信息公开工作年度报告";
    private static final Pattern AGENCY_FIRST = Pattern.compile("(.*?)((?:19|20)\\d{2})年度?" + REPORT);
    private static final Pattern YEAR_FIRST = Pattern.compile("((?:19|20)\\d{2})年度?(.+?)" + REPORT);
    private static final Pattern COMPILER = Pattern.compile("本报告由(.+?)(?:办公室)?(?:根据|依据|按照|编制|依照)");
    /** How many rows from the top the title may take. */
    private static final int TITLE_ROWS = 8;

    private TitleReader() {
    }

    static Map<MetaKey, String> read(List<PrintedRow> rows) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        String top = squeeze(rows.subList(0, Math.min(TITLE_ROWS, rows.size())));
        String title = top.contains(REPORT) ? top.substring(0, top.indexOf(REPORT) + REPORT.length()) : "";
        Optional<String[]> agencyYear = agencyYear(title);
        agencyYear.ifPresent(ay -> meta.put(MetaKey.YEAR, ay[1]));
        String fromTitle = agencyYear.map(ay -> ay[0]).orElse("");
        Matcher compiler = COMPILER.matcher(squeeze(rows.subList(0, Math.min(3 * TITLE_ROWS, rows.size()))));
        String fromText = compiler.find() ? compiler.group(1) : "";
        String agency = !fromText.isEmpty() && fromText.endsWith(fromTitle) ? fromText : fromTitle;
        if (!agency.isEmpty()) {
            meta.put(MetaKey.AGENCY, agency);
        }
        return meta;
    }

    /** {agency, year} from a title, when it has both in one of the usual orders. */
    private static Optional<String[]> agencyYear(String title) {
        Matcher m = AGENCY_FIRST.matcher(title);
        if (m.matches() && !m.group(1).isEmpty()) {
            return Optional.of(new String[] {m.group(1), m.group(2)});
        }
        m = YEAR_FIRST.matcher(title);
        return m.matches() ? Optional.of(new String[] {m.group(2), m.group(1)}) : Optional.empty();
    }

    private static String squeeze(List<PrintedRow> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(r -> sb.append(r.text()));
        return java.text.Normalizer.normalize(sb.toString(), java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u00a0\\u3000#*>]+", "");
    }
}
