package nianbao.consolidate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which roster member each return belongs to, and from there the missing and unexpected agencies. */
record RosterMatch(List<Roster.Member> members, Map<Integer, Roster.Member> byIndex, boolean active) {

    /** No roster given: no groups, nobody missing. */
    static final RosterMatch NONE = new RosterMatch(List.of(), Map.of(), false);

    static RosterMatch of(Roster roster, List<FileRecord> records) {
        Map<Integer, Roster.Member> byIndex = new HashMap<>();
        for (FileRecord r : records) {
            if (r.isSubmission()) {
                roster.find(r.agency(), r.creditCode()).ifPresent(m -> byIndex.put(r.index(), m));
            }
        }
        return new RosterMatch(roster.members(), byIndex, true);
    }

    /** The roster group a record counts in: its member's group, off-roster, or "" without a roster. */
    String group(FileRecord r) {
        if (!active || !r.isSubmission()) {
            return "";
        }
        Roster.Member m = byIndex.get(r.index());
        return m == null ? Roster.OFF_ROSTER : m.group();
    }

    /** Roster members no return was read for, in roster order. */
    List<Roster.Member> missing() {
        Set<Roster.Member> seen = new LinkedHashSet<>(byIndex.values());
        return members.stream().filter(m -> !seen.contains(m)).toList();
    }

    /** Whether a return of this record names no roster member. */
    boolean isUnexpected(FileRecord r) {
        return active && r.isCandidate() && !r.empty() && !byIndex.containsKey(r.index());
    }

    /** Groups in roster order, then off-roster. */
    List<String> groups() {
        if (!active) {
            return List.of();
        }
        Set<String> groups = new LinkedHashSet<>();
        members.forEach(m -> groups.add(m.group()));
        groups.add(Roster.OFF_ROSTER);
        return List.copyOf(groups);
    }
}
