package nianbao.desk;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nianbao.extract.Extractor;
import nianbao.jobs.ExtractOutcome;
import nianbao.model.FileResult;
import nianbao.report.Report;

/** Published reports (查公开年报): received and kept, read as {@code extract} reads them, their tables and filled template handed back. */
final class PublishedReports {

    private final Workspace workspace;
    private final Pipeline pipeline;
    private final SeasonReport season;

    PublishedReports(Workspace workspace, Pipeline pipeline, SeasonReport season) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.season = season;
    }

    /** Stores a published report and answers the extract JSON of it. */
    void receive(Context ctx) throws IOException {
        UploadedFile file = Uploads.one(ctx);
        String shown = ShownName.of(file.filename());
        String ext = ShownName.extension(shown);
        if (!Extractor.EXTENSIONS.contains(ext)) {
            throw DeskError.badRequest(shown + "：不是可读取的年度报告（" + String.join("、", Extractor.EXTENSIONS.stream().sorted().toList())
                    + "）；各单位报来的 Excel 报表请在「收报表」中上传");
        }
        ContentStore.Blob blob;
        try (InputStream in = file.content()) {
            blob = workspace.store().put(in, ext, UploadLimits.MAX_FILE_BYTES, shown);
        }
        StoredFile entry = workspace.change(s -> {
            StoredFile f = s.receipt(shown, StoredFile.Kind.REPORT, blob, null, null, Workspace.now());
            return new Workspace.Changed<>(s.with(f), f);
        });
        ExtractOutcome outcome = pipeline.extract(workspace.path(entry), Optional.empty());
        DeskApi.report(ctx, Report.of(List.of(relabeled(outcome.report().files().get(0)))));
    }

    /** A published report read, as a filled template ({@code ?file=label}). */
    void template(Context ctx) throws IOException {
        StoredFile file = workspace.file(ctx.queryParam("file"), StoredFile.Kind.REPORT);
        Download.send(ctx, Download.safeName(Download.stem(ShownName.last(file.label())) + ".xlsx"), Download.XLSX, filledTemplate(file));
    }

    /** A published report's tables in the official layout ({@code ?file=label}), rendered from its filled template. */
    void tables(Context ctx) throws IOException {
        StoredFile file = workspace.file(ctx.queryParam("file"), StoredFile.Kind.REPORT);
        try (TempFolder folder = new TempFolder(workspace)) {
            Path template = folder.file("report.xlsx");
            Files.write(template, filledTemplate(file));
            ctx.contentType("text/html; charset=utf-8").result(pipeline.tables(template).text());
        }
    }

    /** The report's numbers written into our template. */
    private byte[] filledTemplate(StoredFile file) throws IOException {
        try (TempFolder folder = new TempFolder(workspace)) {
            Path target = folder.file("filled.xlsx");
            ExtractOutcome outcome = pipeline.extract(workspace.path(file), Optional.of(target));
            if (!Files.exists(target)) {
                FileResult r = relabeled(outcome.report().files().get(0));
                throw new DeskError(404, file.label() + "：" + (r.reason().isEmpty() ? "没有读出数字，不能写成模板" : r.reason()));
            }
            return Files.readAllBytes(target);
        }
    }

    private FileResult relabeled(FileResult r) {
        return season.relabel(workspace.state()).result(r);
    }
}
