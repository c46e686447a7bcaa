package nianbao.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.Roster;
import nianbao.jobs.RenderOutcome;

/**
 * The season as it stood at one revision of the workspace: the consolidation of the returns in force, its
 * report (as text and as a tree, files shown by their labels), its workbook, and the workbook's tables.
 *
 * @param revision the workspace's revision it was made from
 * @param state the state it was made from
 * @param consolidation the records and sums (files by their stored paths)
 * @param relabel shows the stored paths by their labels
 * @param reportText the consolidate report (form.md §4)
 * @param report the same, parsed
 * @param workbook the consolidated workbook's bytes
 * @param tables the workbook's 汇总 rendered in the official layout, and its errors
 * @param roster the roster in force
 * @param otherYear when no return is of the season's year: what the page says (the report is then of every year), else ""
 */
record Snapshot(long revision, DeskState state, Consolidation consolidation, Relabel relabel, String reportText, JsonNode report,
                byte[] workbook, RenderOutcome tables, Optional<Roster> roster, String otherYear) {

    List<Roster.Member> missing() {
        return consolidation.missing();
    }
}
