package nianbao.desk;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.Roster;
import nianbao.consolidate.RosterException;

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

    /** Writes the consolidated workbook of the returns in force. */
    void writeWorkbook(OutputStream out) throws IOException {
        DeskState state = workspace.state();
        try (Pipeline.Consolidated run = consolidate(state)) {
            run.writeWorkbook(state.season().body(), out);
        }
    }

    /** The roster in force, read from its stored file. */
    Optional<Roster> roster(DeskState state) {
        if (state.roster() == null) {
            return Optional.empty();
        }
        StoredFile file = state.find(state.roster()).orElseThrow();
        try {
            return Optional.of(pipeline.roster(workspace.store().resolve(file.blob())));
        } catch (RosterException e) {
            return Optional.empty();
        }
    }

    /** Shows stored paths by their labels, for every file of the state. */
    Relabel relabel(DeskState state) {
        Map<String, String> labels = new HashMap<>();
        state.files().forEach(f -> labels.putIfAbsent(f.blob(), f.label()));
        return new Relabel(workspace.store().rootText(), labels);
    }

    private Snapshot make(long revision, DeskState state) throws IOException {
        try (Pipeline.Consolidated run = consolidate(state)) {
            StringWriter text = new StringWriter();
            run.writeJson(text);
            Relabel relabel = relabel(state);
            String report = relabel.text(text.toString(), s -> new String(JsonStringEncoder.getInstance().quoteAsString(s)));
            Consolidation c = run.consolidation();
            return new Snapshot(revision, state, report, JSON.readTree(report), c.records(), relabel, c.missing(), roster(state),
                    c.totals(), c.top());
        }
    }

    private Pipeline.Consolidated consolidate(DeskState state) throws IOException {
        List<Path> files = CurrentReturns.of(state).stream().map(f -> workspace.store().resolve(f.blob())).toList();
        Integer year = state.season().year();
        return pipeline.consolidate(files, roster(state), year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }
}
