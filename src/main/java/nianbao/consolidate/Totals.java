package nianbao.consolidate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;

/**
 * Adds up the returns summed, over the whole run and per roster group, with the ranking of applications
 * received: return by return as they come, or in one pass over the spill once every return's fate is known.
 */
final class Totals {

    private static final int NEW_TOTAL = Form.matrix(MatrixRow.NEW, Applicant.TOTAL).index();
    private static final Comparator<Consolidation.Ranked> RANK = Comparator.comparing(Consolidation.Ranked::value)
            .thenComparing(Consolidation.Ranked::file, Comparator.reverseOrder());

    private final FormSums all = new FormSums();
    private final Map<String, FormSums> byGroup = new LinkedHashMap<>();
    private final Map<String, Integer> returnsByGroup = new LinkedHashMap<>();
    private final PriorityQueue<Consolidation.Ranked> top = new PriorityQueue<>(RANK);
    private final int topN;

    /** Sums of no return yet, for these roster groups (none without a roster). */
    Totals(List<String> groups, int topN) {
        this.topN = topN;
        groups.forEach(g -> {
            byGroup.put(g, new FormSums());
            returnsByGroup.put(g, 0);
        });
    }

    /** The consolidation of these records, their summed returns added up in one pass over the spill. */
    static Consolidation add(List<FileRecord> records, Spill spill, Consolidator.Options options, RosterMatch roster)
            throws IOException {
        Totals t = new Totals(roster.groups(), options.topN());
        try (Spill.Reader reader = spill.reader()) {
            for (FileRecord r : records) {
                Spill.Entry e = reader.next();
                if (r.summed()) {
                    t.add(r, e);
                }
            }
        }
        return t.consolidation(records, spill, options, roster);
    }

    /** The consolidation of these records with the sums added so far, which must be those of their summed returns. */
    Consolidation consolidation(List<FileRecord> records, Spill spill, Consolidator.Options options, RosterMatch roster) {
        return new Consolidation(records, asMap(all), groupTotals(), roster, ranking(), options.year());
    }

    /** Adds one summed return: to the whole run, to its roster group, and to the ranking. */
    void add(FileRecord r, Spill.Entry values) {
        all.add(values);
        FormSums group = byGroup.get(r.group());
        if (group != null) {
            group.add(values);
            returnsByGroup.merge(r.group(), 1, Integer::sum);
        }
        BigDecimal received = values.isAbsent(NEW_TOTAL) ? BigDecimal.ZERO : values.value(NEW_TOTAL);
        top.add(new Consolidation.Ranked(r.agency().isEmpty() ? r.file() : r.agency(), r.file(), received));
        if (top.size() > topN) {
            top.poll();
        }
    }

    private List<Consolidation.GroupTotal> groupTotals() {
        List<Consolidation.GroupTotal> groups = new ArrayList<>();
        byGroup.forEach((g, sums) -> groups.add(new Consolidation.GroupTotal(g, returnsByGroup.get(g), asMap(sums))));
        return groups;
    }

    private List<Consolidation.Ranked> ranking() {
        List<Consolidation.Ranked> ranked = new ArrayList<>(top);
        ranked.sort(RANK.reversed());
        return ranked;
    }

    private static Map<String, BigDecimal> asMap(FormSums sums) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            map.put(f.key(), sums.total(f.index()));
        }
        return map;
    }
}
