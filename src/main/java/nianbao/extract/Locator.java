package nianbao.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nianbao.form.Labels;
import nianbao.form.MetaKey;
import nianbao.form.Section;
import nianbao.model.Return;

/**
 * Finds the three tables in a published report and reads their numbers into the form's keys. The one
 * locator for every source: it sees only {@link PrintedRow}s. Lines holding whole tables run together
 * are first cut at their labels; each table is then read from its part of the report, between its
 * heading and the next part's.
 */
public final class Locator {

    private final List<PrintedRow> rows;
    private final Readings readings = new Readings();

    private Locator(List<PrintedRow> rows) {
        this.rows = rows;
    }

    /** Reads the values, the agency and the year of a published report. */
    public static Extraction locate(PrintedReport report) {
        Locator locator = new Locator(RunTogetherLines.cut(report.rows()));
        ReportFormat format = locator.read();
        TitleReader.Title title = TitleReader.read(report.rows());
        if (!title.years().isEmpty()) {
            locator.readings.twoYears(title.years());
        }
        Map<MetaKey, String> meta = title.meta();
        Return read = new Return(report.source(), meta, locator.readings.values(), Map.of(), locator.readings.findings());
        Return withBreaks = new Return(report.source(), meta, read.values(), Map.of(),
                concat(read.findings(), BlankBreaks.of(read, locator.readings.blanks())));
        return new Extraction(withBreaks, format, locator.readings.notes());
    }

    private ReportFormat read() {
        List<PrintedRow> disclosure = region(Section.DISCLOSURE).orElse(List.of());
        ReportFormat format = ReportFormat.detect(disclosure.stream().map(PrintedRow::text).collect(Collectors.joining(" ")));
        DisclosureTable.read(disclosure, format, readings);
        int applicationStart = heading(Section.APPLICATION, 0).orElse(0);
        List<PrintedRow> application = region(Section.APPLICATION).orElse(rows);
        int applicationEnd = ApplicationTable.read(application, readings);
        ReviewTable.read(region(Section.REVIEW).orElse(afterTable(applicationEnd == 0 ? 0 : applicationStart + applicationEnd)), readings);
        return format;
    }

    /**
     * Where table 四 is looked for when its heading is not printed: after table 三's last row (四、结转下年度
     * 继续办理) up to the next part, when that row was read; else nowhere, since the rest of the report
     * would offer table 三's own rows.
     */
    private List<PrintedRow> afterTable(int end) {
        return end > 0 ? rows.subList(end, until(end)) : List.of();
    }

    /** The rows of a table: from its heading to the next part's heading. */
    private Optional<List<PrintedRow>> region(Section section) {
        return heading(section, 0).map(start -> rows.subList(start, end(section, start)));
    }

    /**
     * Where the part after a table's heading at {@code start} begins: another table's heading, or a
     * numbered part heading (五、存在的主要问题…); table 三, whose rows are numbered 一、 to 四、 themselves,
     * ends only at a part heading known by its words.
     */
    private int end(Section section, int start) {
        for (int i = start + 1; i < rows.size(); i++) {
            String folded = folded(i);
            Optional<Section> other = Headings.section(folded);
            boolean ends = other.isPresent() ? other.get() != section
                    : section == Section.APPLICATION ? Headings.namedPart(folded) : Headings.topLevel(folded);
            if (ends) {
                return i;
            }
        }
        return rows.size();
    }

    /** The first numbered part heading from {@code from} on, or the end of the report. */
    private int until(int from) {
        for (int i = from; i < rows.size(); i++) {
            if (Headings.topLevel(folded(i))) {
                return i;
            }
        }
        return rows.size();
    }

    private Optional<Integer> heading(Section section, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (Headings.section(folded(i)).equals(Optional.of(section))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private String folded(int row) {
        return Labels.normalize(rows.get(row).text());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
