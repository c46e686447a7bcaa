package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.Section;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.verify.CrossYear;

/**
 * Checks the published reports of one run against each other: each agency's report against its report
 * of the year before, when that is among them (上年结转, 现行有效件数, the copied report); and every table
 * against the same table of other agencies' reports, flagging one whose numbers are all the same (the
 * copied-report pattern the national office warns about). Each finding names the report it compared with.
 */
public final class ReportSet {

    /** The fewest different numbers other than 0 a table needs before two alike say anything. */
    private static final int TELLING_VALUES = 2;

    private ReportSet() {
    }

    /** The cross findings of each report, by its source; every report given has an entry. */
    public static Map<String, List<Finding>> compare(List<Return> reports) {
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        reports.forEach(r -> found.put(r.source(), new ArrayList<>()));
        acrossYears(reports, found);
        acrossAgencies(reports, found);
        return found;
    }

    /** Each agency's report against its report of the year before (the first by file name, when two). */
    private static void acrossYears(List<Return> reports, Map<String, List<Finding>> found) {
        Map<String, TreeMap<Integer, List<Return>>> byAgency = new LinkedHashMap<>();
        for (Return r : reports) {
            if (!agency(r).isEmpty() && r.year().isPresent()) {
                byAgency.computeIfAbsent(agency(r), a -> new TreeMap<>())
                        .computeIfAbsent(r.year().getAsInt(), y -> new ArrayList<>()).add(r);
            }
        }
        for (TreeMap<Integer, List<Return>> years : byAgency.values()) {
            years.forEach((year, current) -> {
                List<Return> before = years.get(year - 1);
                if (before != null) {
                    Return previous = before.stream().min(Comparator.comparing(Return::source)).orElseThrow();
                    for (Return r : current) {
                        CrossYear.compare(r, previous).forEach(f -> found.get(r.source()).add(f.comparedWith(previous.source())));
                    }
                }
            });
        }
    }

    /** Every table read whole and telling enough, against the same table of the other agencies' reports. */
    private static void acrossAgencies(List<Return> reports, Map<String, List<Finding>> found) {
        for (Section section : Section.values()) {
            Map<List<BigDecimal>, List<Return>> alike = new LinkedHashMap<>();
            for (Return r : reports) {
                List<BigDecimal> numbers = numbers(r, section);
                if (!agency(r).isEmpty() && numbers != null) {
                    alike.computeIfAbsent(numbers, n -> new ArrayList<>()).add(r);
                }
            }
            for (List<Return> same : alike.values()) {
                for (Return r : same) {
                    for (Return other : same) {
                        if (!agency(other).equals(agency(r))) {
                            found.get(r.source()).add(identical(section, r, other));
                        }
                    }
                }
            }
        }
    }

    /** A table's numbers in form order, exactly; null when one is not read or the table tells too little. */
    private static List<BigDecimal> numbers(Return r, Section section) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (Field f : Form.fields()) {
            if (f.section() == section) {
                BigDecimal v = r.values().get(f.key());
                if (v == null) {
                    return null;
                }
                numbers.add(v.stripTrailingZeros());
            }
        }
        long telling = numbers.stream().filter(v -> v.signum() != 0).distinct().count();
        return telling >= TELLING_VALUES ? numbers : null;
    }

    private static Finding identical(Section section, Return r, Return other) {
        String year = other.year().isPresent() ? other.year().getAsInt() + " 年" : "";
        return new Finding(Code.IDENTICAL_TABLES, List.of(), null, "", "",
                "第" + section.numeral() + "部分的全部数字与" + other.agency() + year + "的报告（" + other.source()
                        + "）完全相同：请核实是否照抄了其他单位的报告。", other.source());
    }

    private static String agency(Return r) {
        return Labels.normalize(r.agency());
    }
}
