package nianbao.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.consolidate.Consolidation;
import nianbao.model.Code;

/**
 * What a consolidation did: every file's record, the sums, the roster's view; whether its outputs were written.
 *
 * @param consolidation the records and sums, valid after the run
 * @param request what was asked
 * @param written false when nothing of the year asked for was found, so nothing was written
 * @param previousProblems why any of last year's files could not be read, one Chinese line each
 */
public record ConsolidateOutcome(Consolidation consolidation, ConsolidateRequest request, boolean written, List<String> previousProblems) {

    public ConsolidateOutcome {
        previousProblems = List.copyOf(previousProblems);
    }

    /** The years the returns of another year than the one asked for stated, with how many of each (未填年度 for none). */
    public Map<String, Long> otherYears() {
        Map<String, Long> found = new TreeMap<>();
        consolidation.records().stream().filter(r -> !r.origin().isSubSummary())
                .filter(r -> r.extra().stream().anyMatch(f -> f.code() == Code.YEAR_MISMATCH))
                .forEach(r -> found.merge(r.year() > 0 ? r.year() + " 年度" : "未填年度", 1L, Long::sum));
        return found;
    }

    /** INVALID when nothing was written or a file has problems, else OK. */
    public Verdict verdict() {
        return Verdict.of(written && !consolidation.hasProblems());
    }
}
