package nianbao.extract;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.MetaKey;

/**
 * Reads the agency and the year of a published report from its title, never from a sentence of its
 * body: a crawler's 标题：… line, else the short lines at the top that make up the title (洪泽区人民政府 /
 * 2023 年政府信息公开工作年度报告), else a title in 《》 near the top, else the title the first line opens
 * with before the body runs on in the same line. The sentence naming who compiled it
 * (本报告由XX办公室…编制) is used only to name the title's agency more fully. A title holding two years
 * (two reports side by side) gives neither, and says which years it holds.
 */
final class TitleReader {

    private static final String REPORT = "(?:政府信息公开|政务公开)(?:工作)?年度?报告";
    private static final String YEAR = "((?:19|20)\\d{2})年度?";
    private static final Pattern AGENCY_FIRST = Pattern.compile("(.+?)" + YEAR + REPORT);
    private static final Pattern YEAR_FIRST = Pattern.compile(YEAR + "(.+?)" + REPORT);
    private static final Pattern ANY_YEAR = Pattern.compile(YEAR + "[^年。，]{0,30}?" + REPORT);
    private static final Pattern LABELLED = Pattern.compile("^标题[:：]?(.+)$");
    private static final Pattern QUOTED = Pattern.compile("《([^《》]{4,80}?" + REPORT + ")》");
    private static final Pattern COMPILER = Pattern.compile("本报告由(.+?)(?:办公室)?(?:根据|依据|按照|编制|依照)");
    /** Words a converter puts above the title, not part of it. */
    private static final Pattern NOT_TITLE = Pattern.compile("^(?:正文|全文|标题[:：]?)+");
    /** Sentence punctuation: a row holding it is body text, not a title line. */
    private static final Pattern SENTENCE = Pattern.compile("[，。；,;：:]");
    /** How many rows from the top the title may take. */
    private static final int TITLE_ROWS = 8;
    /** The longest title line, squeezed. */
    private static final int TITLE_LINE = 60;

    private TitleReader() {
    }

    /**
     * What the title says.
     *
     * @param meta the agency and the year, when found
     * @param years the years a title holding more than one prints (two reports side by side), else empty
     */
    record Title(Map<MetaKey, String> meta, List<String> years) {
        Title {
            meta = Map.copyOf(meta);
            years = List.copyOf(years);
        }
    }

    static Title read(List<PrintedRow> rows) {
        List<PrintedRow> top = rows.subList(0, Math.min(TITLE_ROWS, rows.size()));
        String title = NOT_TITLE.matcher(title(top)).replaceFirst("");
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        TreeSet<String> years = new TreeSet<>();
        Matcher any = ANY_YEAR.matcher(title);
        while (any.find()) {
            years.add(any.group(1));
        }
        Optional<String[]> agencyYear = agencyYear(title);
        String agency = agencyYear.map(ay -> ay[0]).orElse("");
        if (years.size() > 1) {
            agency = "";
        } else {
            agencyYear.ifPresent(ay -> meta.put(MetaKey.YEAR, ay[1]));
        }
        Matcher compiler = COMPILER.matcher(squeeze(rows.subList(0, Math.min(3 * TITLE_ROWS, rows.size()))));
        String fromText = compiler.find() ? compiler.group(1) : "";
        if (!agency.isEmpty() && fromText.length() > agency.length() && fromText.endsWith(agency)) {
            agency = fromText;
        }
        if (!agency.isEmpty()) {
            meta.put(MetaKey.AGENCY, agency);
        }
        return new Title(meta, years.size() > 1 ? List.copyOf(years) : List.of());
    }

    /** The title's text, squeezed: a 标题 line, else the title lines at the top, else a 《》 title. */
    private static String title(List<PrintedRow> top) {
        for (PrintedRow row : top) {
            Matcher labelled = LABELLED.matcher(squeeze(List.of(row)));
            if (labelled.matches()) {
                return labelled.group(1);
            }
        }
        StringBuilder run = new StringBuilder();
        for (PrintedRow row : top) {
            String line = squeeze(List.of(row));
            if (line.length() > TITLE_LINE || SENTENCE.matcher(line).find()) {
                run.setLength(0);
                continue;
            }
            run.append(line);
            if (Pattern.compile(REPORT).matcher(run).find()) {
                return run.toString();
            }
        }
        Matcher quoted = QUOTED.matcher(squeeze(top));
        if (quoted.find()) {
            return quoted.group(1);
        }
        return top.isEmpty() ? "" : leadingTitle(squeeze(top.subList(0, 1)));
    }

    /** The title a first line opens with before its body runs on (a crawler's text): up to 年度报告, no sentence in it. */
    private static String leadingTitle(String line) {
        Matcher report = Pattern.compile(REPORT).matcher(line);
        if (!report.find()) {
            return "";
        }
        String title = line.substring(0, report.end());
        return SENTENCE.matcher(title).find() ? "" : title;
    }

    /** {agency, year} from a title, when it has both in one of the usual orders. */
    private static Optional<String[]> agencyYear(String title) {
        Matcher m = AGENCY_FIRST.matcher(title);
        if (m.find() && !m.group(1).isEmpty()) {
            return Optional.of(new String[] {m.group(1), m.group(2)});
        }
        m = YEAR_FIRST.matcher(title);
        return m.find() ? Optional.of(new String[] {m.group(2), m.group(1)}) : Optional.empty();
    }

    private static String squeeze(List<PrintedRow> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(r -> sb.append(r.text()));
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u3000#*>]+", "");
    }
}
