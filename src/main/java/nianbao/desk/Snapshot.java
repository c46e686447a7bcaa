package nianbao.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.FileRecord;
import nianbao.consolidate.Roster;

/**
 * The season as it stood at one revision of the workspace: the consolidate report of the returns in force
 * (as text and as a tree, files shown by their labels), and what the page shows beside it.
 *
 * @param revision the workspace's revision it was made from
 * @param state the state it was made from
 * @param reportText the consolidate report (form.md §4)
 * @param report the same, parsed
 * @param records the consolidation's records, one per file, files by their stored paths
 * @param relabel shows the stored paths by their labels
 * @param missing the roster's members that sent no return
 * @param roster the roster in force
 * @param totals the sums over the returns summed
 * @param ranking the agencies with the most applications received
 */
record Snapshot(long revision, DeskState state, String reportText, JsonNode report, List<FileRecord> records, Relabel relabel,
                List<Roster.Member> missing, Optional<Roster> roster, Map<String, BigDecimal> totals,
                List<Consolidation.Ranked> ranking) {
}
