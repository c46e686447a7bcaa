package nianbao.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nianbao.model.FileResult;
import nianbao.report.JsonReport;
import nianbao.report.Report;

/**
 * The desk's JSON surface (form.md §5): the season's returns, the consolidation of those in force, and
 * the extra endpoints the page uses (season, progress, versions, reminders, summary). Outcomes are written
 * by the command line's own JSON writers, so there is one shape.
 */
final class DeskApi {

    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final UploadIntake intake;
    private final SeasonReport season;
    private final SeasonEndpoints seasonEndpoints;
    private final AnnotatedCopies annotated;
    private final Templates templates;
    private final PublishedReports reports;

    DeskApi(Workspace workspace, Pipeline pipeline) {
        this.workspace = workspace;
        this.intake = new UploadIntake(workspace, pipeline::verify);
        this.season = new SeasonReport(workspace, pipeline);
        this.seasonEndpoints = new SeasonEndpoints(workspace, season);
        this.annotated = new AnnotatedCopies(workspace, pipeline);
        this.templates = new Templates(workspace, pipeline, season);
        this.reports = new PublishedReports(workspace, pipeline, season);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/season", seasonEndpoints::season);
        routes.post("/api/season", seasonEndpoints::setSeason);
        routes.post("/api/roster", seasonEndpoints::receiveRoster);
        routes.get("/api/progress", ctx -> json(ctx, Progress.of(season.current())));
        routes.post("/api/returns", this::receiveReturns);
        routes.get("/api/returns", this::returns);
        routes.get("/api/versions", this::versions);
        routes.get("/api/reminders", ctx -> json(ctx, Map.of("text", Reminders.of(season.current()))));
        routes.get("/api/summary", ctx -> json(ctx, SummaryView.of(season.current())));
        routes.get("/api/consolidated.json", ctx -> Download.send(ctx, workspace.state().season().fileName(".json"), JSON_TYPE,
                season.current().reportText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        routes.get("/api/consolidated.xlsx", ctx -> Download.send(ctx, workspace.state().season().fileName(".xlsx"), Download.XLSX,
                season.current().workbook()));
        routes.get("/api/annotated.zip", annotated::all);
        routes.get("/api/annotated.xlsx", annotated::one);
        routes.get("/api/template.xlsx", templates::one);
        routes.get("/api/templates.zip", templates::perMember);
        routes.post("/api/extract", reports::receive);
        routes.get("/api/extracted.xlsx", reports::template);
        routes.get("/api/extracted.html", reports::tables);
    }

    private void receiveReturns(Context ctx) throws IOException {
        List<UploadIntake.Incoming> incoming = new ArrayList<>();
        for (UploadedFile f : Uploads.files(ctx)) {
            incoming.add(new UploadIntake.Incoming(f.filename(), f.content()));
        }
        List<FileResult> results = intake.receive(incoming).stream().map(UploadIntake.Receipt::result).toList();
        report(ctx, Report.of(results));
    }

    /** The consolidate report of the returns in force, with a {@code roster} object even before a roster is given. */
    private void returns(Context ctx) throws IOException {
        ObjectNode report = season.current().report().deepCopy();
        if (!report.has("roster")) {
            ObjectNode roster = report.putObject("roster");
            roster.putArray("missing");
            roster.putArray("unexpected");
        }
        json(ctx, report);
    }

    private void versions(Context ctx) throws IOException {
        json(ctx, Map.of("versions", Versions.of(workspace.state())));
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

    static byte[] bytes(IoWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    /** Writes to a stream. */
    @FunctionalInterface
    interface IoWriter {
        void write(java.io.OutputStream out) throws IOException;
    }
}
