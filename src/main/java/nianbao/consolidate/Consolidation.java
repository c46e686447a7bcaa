package nianbao.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import nianbao.model.Code;
import nianbao.model.FileStatus;

/**
 * The outcome of a consolidation: every file's final record, the sums and the roster's view, held in
 * memory and valid after the run; each file's values and findings stay in the run's {@link Spill}.
 */
public final class Consolidation {

    /** The sums of one roster group. */
    public record GroupTotal(String group, int returns, Map<String, BigDecimal> totals) {
        public GroupTotal {
            totals = Collections.unmodifiableMap(totals);
        }
    }

    /** An agency's place in a ranking (the chart of applications received). */
    public record Ranked(String agency, String file, BigDecimal value) {
    }

    /** Visits each file with its spilled values and findings, in input order. */
    @FunctionalInterface
    public interface Visitor {
        void visit(FileRecord record, Spill.Entry entry) throws IOException;
    }

    private final List<FileRecord> records;
    private final Map<String, BigDecimal> totals;
    private final List<GroupTotal> groups;
    private final RosterMatch roster;
    private final List<Ranked> top;
    private final OptionalInt askedYear;

    Consolidation(List<FileRecord> records, Map<String, BigDecimal> totals, List<GroupTotal> groups,
            RosterMatch roster, List<Ranked> top, OptionalInt askedYear) {
        this.records = List.copyOf(records);
        this.totals = Collections.unmodifiableMap(totals);
        this.groups = List.copyOf(groups);
        this.roster = roster;
        this.top = List.copyOf(top);
        this.askedYear = askedYear;
    }

    /** Every input file, in input order. */
    public List<FileRecord> records() {
        return records;
    }

    /** Key → sum over the returns summed, every key of the form in form order. */
    public Map<String, BigDecimal> totals() {
        return totals;
    }

    /** Sums per roster group (empty without a roster). */
    public List<GroupTotal> groups() {
        return groups;
    }

    /** Roster members with no return. */
    public List<Roster.Member> missing() {
        return roster.missing();
    }

    /** Returns read from agencies not on the roster. */
    public List<FileRecord> unexpected() {
        return records.stream().filter(roster::isUnexpected).toList();
    }

    public boolean hasRoster() {
        return roster.active();
    }

    /** The summed agencies with the most applications received, most first. */
    public List<Ranked> top() {
        return top;
    }

    /** The distinct years of the returns summed. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        records.stream().filter(FileRecord::summed).filter(r -> r.year() > 0).forEach(r -> years.add(r.year()));
        return years;
    }

    /** The year of the consolidated return: the one asked for, else the latest year summed. */
    public OptionalInt year() {
        if (askedYear.isPresent()) {
            return askedYear;
        }
        SortedSet<Integer> years = years();
        return years.isEmpty() ? OptionalInt.empty() : OptionalInt.of(years.last());
    }

    /** How many records have this status: files given as input, sub-summaries and their members alike. */
    public long count(FileStatus status) {
        return records.stream().filter(r -> r.status() == status).count();
    }

    /** How many records reached the run this way: files given directly, sub-summaries, members of them. */
    public long count(Origin.Kind kind) {
        return records.stream().filter(r -> r.origin().kind() == kind).count();
    }

    /** How many members each sub-summary has, by its file. */
    public Map<String, Long> memberCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        records.stream().filter(r -> r.origin().isMember()).forEach(r -> counts.merge(r.origin().subSummary(), 1L, Long::sum));
        return counts;
    }

    /** The copies of an agency's numbers left out because the agency reached the sums another way too. */
    public List<FileRecord> overlaps() {
        return records.stream().filter(r -> r.status() == FileStatus.DUPLICATE)
                .filter(r -> r.extra().stream().anyMatch(f -> f.code() == Code.OVERLAP)).toList();
    }

    public long summedCount() {
        return records.stream().filter(FileRecord::summed).count();
    }

    /** Whether a return was invalid or a file unreadable: exit status 1. */
    public boolean hasProblems() {
        return count(FileStatus.INVALID) > 0 || count(FileStatus.UNREADABLE) > 0;
    }
}
