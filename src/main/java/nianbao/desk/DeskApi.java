package nianbao.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.model.FileResult;
import nianbao.report.JsonReport;
import nianbao.report.Report;

/**
 * The desk's JSON surface (form.md §5), each endpoint a few lines over the workspace and the pipeline:
 * outcomes are written by the same writers as the command line's JSON, so there is one shape.
 */
final class DeskApi {

    static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final UploadIntake intake;

    DeskApi(Workspace workspace, Pipeline pipeline) {
        this.workspace = workspace;
        this.intake = new UploadIntake(workspace, pipeline::verify);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/season", this::season);
        routes.post("/api/season", this::setSeason);
        routes.post("/api/returns", this::receiveReturns);
        routes.get("/api/versions", this::versions);
    }

    private void season(Context ctx) throws IOException {
        json(ctx, seasonView(workspace.state()));
    }

    private void setSeason(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyInputStream());
        } catch (IOException e) {
            throw DeskError.badRequest("本期设置应为 JSON，例如 {\"body\": \"某某区人民政府（全区汇总）\", \"year\": 2024}");
        }
        Season season = SeasonInput.parse(body);
        DeskState state = workspace.change(s -> new Workspace.Changed<>(s.withSeason(season), s.withSeason(season)));
        json(ctx, seasonView(state));
    }

    private Map<String, Object> seasonView(DeskState state) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("body", state.season().body());
        view.put("year", state.season().year());
        view.put("roster", state.roster() == null ? null : state.find(state.roster()).map(StoredFile::label).orElse(null));
        view.put("workspace", workspace.root().toAbsolutePath().toString());
        return view;
    }

    private void receiveReturns(Context ctx) throws IOException {
        List<UploadIntake.Incoming> incoming = new ArrayList<>();
        for (UploadedFile f : Uploads.files(ctx)) {
            incoming.add(new UploadIntake.Incoming(f.filename(), f.content()));
        }
        List<FileResult> results = intake.receive(incoming).stream().map(UploadIntake.Receipt::result).toList();
        report(ctx, Report.of(results));
    }

    private void versions(Context ctx) throws IOException {
        json(ctx, Map.of("versions", workspace.state().files()));
    }

    /** Answers a report in the JSON shape of form.md §4. */
    static void report(Context ctx, Report report) throws IOException {
        StringWriter out = new StringWriter();
        JsonReport.write(report, out);
        ctx.contentType(JSON_TYPE);
        ctx.result(out.toString());
    }

    static void json(Context ctx, Object value) throws IOException {
        ctx.contentType(JSON_TYPE);
        ctx.result(JSON.writeValueAsString(value));
    }
}
