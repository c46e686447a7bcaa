package nianbao.desk;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nianbao.consolidate.Roster;
import nianbao.consolidate.RosterException;
import nianbao.jobs.ConsolidateOutcome;

/**
 * The consolidation of the returns in force, made again only when the workspace has changed: every
 * request of one revision is answered from the same {@link Snapshot}. A change while it is made (an
 * upload during a consolidation) only makes the next request make a new one.
 */
final class SeasonReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final Pipeline pipeline;
    private Snapshot last;

    SeasonReport(Workspace workspace, Pipeline pipeline) {
        this.workspace = workspace;
        this.pipeline = pipeline;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** The snapshot of the workspace as it stands. */
    synchronized Snapshot current() throws IOException {
        long revision;
        DeskState state;
        synchronized (workspace) {
            revision = workspace.revision();
            state = workspace.state();
        }
        if (last == null || last.revision() != revision) {
            last = make(revision, state);
        }
        return last;
    }

    /** The roster in force, read from its stored file. */
    Optional<Roster> roster(DeskState state) {
        return rosterFile(state).flatMap(file -> {
            try {
                return Optional.of(pipeline.roster(file));
            } catch (RosterException e) {
                return Optional.empty();
            }
        });
    }

    /** Shows stored paths by their labels, for every file of the state. */
    Relabel relabel(DeskState state) {
        Map<String, String> labels = new HashMap<>();
        state.files().forEach(f -> labels.putIfAbsent(f.blob(), f.label()));
        return new Relabel(workspace.store().rootText(), labels);
    }

    private Optional<Path> rosterFile(DeskState state) {
        return Optional.ofNullable(state.roster()).flatMap(state::find).map(f -> workspace.store().resolve(f.blob()));
    }

    private Snapshot make(long revision, DeskState state) throws IOException {
        try (TempFolder folder = new TempFolder(workspace)) {
            Path workbook = folder.file("consolidated.xlsx");
            Path json = folder.file("consolidated.json");
            List<Path> files = CurrentReturns.of(state).stream().map(f -> workspace.store().resolve(f.blob())).toList();
            Integer year = state.season().year();
            ConsolidateOutcome outcome = consolidate(state, files, year == null ? OptionalInt.empty() : OptionalInt.of(year), workbook, json);
            String otherYear = "";
            if (!outcome.written()) {
                otherYear = "没有 " + year + " 年度的报表（收到的报表：" + outcome.otherYears().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() + " 份").collect(Collectors.joining("、")) + "）；请检查「本期」中的年度";
                outcome = consolidate(state, files, OptionalInt.empty(), workbook, json);
            }
            Relabel relabel = relabel(state);
            String report = relabel.text(Files.readString(json, StandardCharsets.UTF_8),
                    s -> new String(JsonStringEncoder.getInstance().quoteAsString(s)));
            return new Snapshot(revision, state, outcome.consolidation(), relabel, report, JSON.readTree(report),
                    WorkbookLabels.relabel(Files.readAllBytes(workbook), relabel), pipeline.tables(workbook), roster(state), otherYear);
        }
    }

    private ConsolidateOutcome consolidate(DeskState state, List<Path> files, OptionalInt year, Path workbook, Path json) {
        return pipeline.consolidate(files, rosterFile(state).filter(f -> roster(state).isPresent()), state.season().body(), year,
                workbook, json);
    }
}
