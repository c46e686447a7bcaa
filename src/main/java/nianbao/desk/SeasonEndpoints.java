package nianbao.desk;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nianbao.consolidate.RosterException;

/** The season's settings: the consolidating body and year, and the roster (form.md §5's {@code POST /api/roster}). */
final class SeasonEndpoints {

    private static final Set<String> ROSTER_TYPES = Set.of("csv", "xlsx", "xls");

    private final Workspace workspace;
    private final SeasonReport season;

    SeasonEndpoints(Workspace workspace, SeasonReport season) {
        this.workspace = workspace;
        this.season = season;
    }

    void season(Context ctx) throws IOException {
        DeskApi.json(ctx, view(workspace.state()));
    }

    void setSeason(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = DeskApi.JSON.readTree(ctx.bodyInputStream());
        } catch (IOException e) {
            throw DeskError.badRequest("本期设置应为 JSON，例如 {\"body\": \"某某区人民政府（全区汇总）\", \"year\": 2024}");
        }
        Season set = SeasonInput.parse(body);
        DeskApi.json(ctx, view(workspace.change(s -> new Workspace.Changed<>(s.withSeason(set), s.withSeason(set)))));
    }

    /** Stores the roster, reads it (a roster that cannot be read is refused, and kept), and puts it in force. */
    void receiveRoster(Context ctx) throws IOException {
        UploadedFile file = Uploads.one(ctx);
        String shown = ShownName.of(file.filename());
        String ext = ShownName.extension(shown);
        if (!ROSTER_TYPES.contains(ext)) {
            throw DeskError.badRequest(shown + "：名册应为 .csv 或 .xlsx 文件（表头含「单位名称」，可选「统一社会信用代码」「分组」）");
        }
        ContentStore.Blob blob;
        try (InputStream in = file.content()) {
            blob = workspace.store().put(in, ext, UploadLimits.MAX_ROSTER_BYTES, shown);
        }
        StoredFile entry = workspace.change(s -> {
            StoredFile f = s.receipt(shown, StoredFile.Kind.ROSTER, blob, null, null, Workspace.now());
            return new Workspace.Changed<>(s.with(f), f);
        });
        try {
            season.pipeline().roster(workspace.store().resolve(blob.path()));
        } catch (RosterException e) {
            throw DeskError.badRequest(season.relabel(workspace.state()).text(e.getMessage()));
        }
        workspace.change(s -> new Workspace.Changed<>(s.withRoster(entry.id()), null));
        JsonNode roster = season.current().report().path("roster");
        DeskApi.json(ctx, roster.isMissingNode() ? Map.of("missing", java.util.List.of(), "unexpected", java.util.List.of()) : roster);
    }

    private Map<String, Object> view(DeskState state) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("body", state.season().body());
        view.put("year", state.season().year());
        view.put("roster", state.roster() == null ? null : state.find(state.roster()).map(StoredFile::label).orElse(null));
        view.put("workspace", workspace.root().toAbsolutePath().toString());
        return view;
    }
}
