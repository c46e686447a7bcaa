package nianbao.desk;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.consolidate.Roster;
import nianbao.extract.Extractor;
import nianbao.form.MetaKey;
import nianbao.model.FileResult;
import nianbao.jobs.ExtractOutcome;
import nianbao.template.Filling;
import nianbao.report.Report;

/** The files the desk hands out: the consolidated workbook, annotated copies, templates, and published reports read. */
final class FileEndpoints {

    private final Workspace workspace;
    private final Pipeline pipeline;
    private final SeasonReport season;

    FileEndpoints(Workspace workspace, Pipeline pipeline, SeasonReport season) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.season = season;
    }

    /** The name of the season's consolidated outputs: 湛河区人民政府（全区汇总）2024年汇总.xlsx. */
    String outputName(String extension) {
        Season s = workspace.state().season();
        return Download.safeName((s.body().isEmpty() ? "" : s.body()) + (s.year() == null ? "" : s.year() + "年") + "汇总" + extension);
    }

    void consolidatedWorkbook(Context ctx) throws IOException {
        Download.send(ctx, outputName(".xlsx"), Download.XLSX, season.current().workbook());
    }

    /** One return's annotated copy ({@code ?file=label}). */
    void annotatedOne(Context ctx) throws IOException {
        StoredFile file = stored(ctx, StoredFile.Kind.RETURN);
        Path folder = Files.createTempDirectory(workspace.temp(), "annotated");
        try {
            Path written = pipeline.annotate(path(file), folder)
                    .orElseThrow(() -> new DeskError(404, file.label() + "：没有问题或无法读取，没有标注副本"));
            Download.send(ctx, annotatedName(file, written), contentType(written), Files.readAllBytes(written));
        } finally {
            deleteFolder(folder);
        }
    }

    /** Every annotated copy of the returns in force that have findings, as one .zip. */
    void annotatedZip(Context ctx) throws IOException {
        List<StoredFile> current = CurrentReturns.of(workspace.state());
        Path folder = Files.createTempDirectory(workspace.temp(), "annotated");
        try {
            byte[] zip = DeskApi.bytes(out -> {
                try (ZipOutputStream z = new ZipOutputStream(out)) {
                    Set<String> names = new HashSet<>();
                    for (StoredFile file : current) {
                        Path one = Files.createTempDirectory(folder, "one");
                        Optional<Path> written = pipeline.annotate(path(file), one);
                        if (written.isPresent()) {
                            z.putNextEntry(new ZipEntry(unique(names, annotatedName(file, written.get()))));
                            Files.copy(written.get(), z);
                            z.closeEntry();
                        }
                        deleteFolder(one);
                    }
                    if (names.isEmpty()) {
                        throw new DeskError(404, "计入的报表都没有问题，没有需要标注的副本");
                    }
                }
            });
            Download.send(ctx, outputName("-标注副本.zip"), Download.ZIP, zip);
        } finally {
            deleteFolder(folder);
        }
    }

    /** The template, pre-filled ({@code ?agency=A&year=Y}, both optional). */
    void template(Context ctx) throws IOException {
        String agency = ShownName.of(ctx.queryParam("agency"));
        agency = agency.equals(ShownName.UNNAMED) ? "" : agency;
        if (agency.length() > 100) {
            throw DeskError.badRequest("单位名称太长（" + agency.length() + " 个字），最多 100 个字");
        }
        Integer year = year(ctx.queryParam("year"));
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        if (!agency.isEmpty()) {
            meta.put(MetaKey.AGENCY, agency);
        }
        if (year != null) {
            meta.put(MetaKey.YEAR, year.toString());
        }
        String name = agency.isEmpty() && year == null ? "年报填报模板.xlsx"
                : Download.safeName("年报填报模板-" + agency + (year == null ? "" : year + "年") + ".xlsx");
        Download.send(ctx, name, Download.XLSX, template(new Filling(meta, Map.of())));
    }

    /** One template per roster member, name, credit code and the season's year filled in, as one .zip. */
    void templates(Context ctx) throws IOException {
        DeskState state = workspace.state();
        Roster roster = season.roster(state).orElseThrow(() -> DeskError.badRequest("还没有名册：请先在「本期」中上传名册，再下载各单位的模板"));
        Integer year = state.season().year();
        byte[] zip = DeskApi.bytes(out -> {
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                Set<String> names = new HashSet<>();
                for (Roster.Member m : roster.members()) {
                    Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
                    meta.put(MetaKey.AGENCY, m.name());
                    if (!m.creditCode().isEmpty()) {
                        meta.put(MetaKey.CREDIT_CODE, m.creditCode());
                    }
                    if (year != null) {
                        meta.put(MetaKey.YEAR, year.toString());
                    }
                    z.putNextEntry(new ZipEntry(unique(names, Download.safeName(m.name() + (year == null ? "" : year + "年") + "年报数据.xlsx"))));
                    z.write(template(new Filling(meta, Map.of())));
                    z.closeEntry();
                }
            }
        });
        Download.send(ctx, Download.safeName("各单位年报模板" + (year == null ? "" : "-" + year + "年") + ".zip"), Download.ZIP, zip);
    }

    /** Stores a published report and answers the extract JSON of it. */
    void extract(Context ctx) throws IOException {
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
        DeskApi.report(ctx, Report.of(List.of(extracted(entry).report().files().get(0))));
    }

    /** A published report read, as a filled template ({@code ?file=label}). */
    void extractedTemplate(Context ctx) throws IOException {
        StoredFile file = stored(ctx, StoredFile.Kind.REPORT);
        Download.send(ctx, Download.safeName(Download.stem(ShownName.last(file.label())) + ".xlsx"), Download.XLSX, filledTemplate(file));
    }

    /** A published report's tables in the official layout ({@code ?file=label}), rendered from its filled template. */
    void extractedTables(Context ctx) throws IOException {
        StoredFile file = stored(ctx, StoredFile.Kind.REPORT);
        Path template = Pipeline.freshFile(workspace.temp(), ".xlsx");
        try {
            Files.write(template, filledTemplate(file));
            ctx.contentType("text/html; charset=utf-8").result(pipeline.tables(template).text());
        } finally {
            Files.deleteIfExists(template);
        }
    }

    /** The report read, its outcome shown by label. */
    private ExtractOutcome extracted(StoredFile entry) {
        ExtractOutcome outcome = pipeline.extract(path(entry), Optional.empty());
        Relabel relabel = season.relabel(workspace.state());
        return new ExtractOutcome(Report.of(outcome.report().files().stream().map(relabel::result).toList()), Map.of(),
                outcome.skipped(), outcome.templates());
    }

    /** The report's numbers written into our template. */
    private byte[] filledTemplate(StoredFile file) throws IOException {
        Path target = Pipeline.freshFile(workspace.temp(), ".xlsx");
        try {
            ExtractOutcome outcome = pipeline.extract(path(file), Optional.of(target));
            if (!Files.exists(target)) {
                FileResult r = season.relabel(workspace.state()).result(outcome.report().files().get(0));
                throw new DeskError(404, file.label() + "：" + (r.reason().isEmpty() ? "没有读出数字，不能写成模板" : r.reason()));
            }
            return Files.readAllBytes(target);
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private byte[] template(Filling filling) throws IOException {
        Path target = Pipeline.freshFile(workspace.temp(), ".xlsx");
        try {
            pipeline.template(filling, target);
            return Files.readAllBytes(target);
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private StoredFile stored(Context ctx, StoredFile.Kind kind) {
        String label = ctx.queryParam("file");
        return workspace.state().findByLabel(label == null ? "" : label).filter(f -> f.kind() == kind)
                .orElseThrow(() -> new DeskError(404, "工作台中没有这个文件：" + ShownName.of(label)));
    }

    private Path path(StoredFile f) {
        return workspace.store().resolve(f.blob());
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw DeskError.badRequest("年度应为 2000 至 2100 之间的四位数字，收到：" + ShownName.of(text));
    }

    /** 原文件名-校验.xlsx: the label's stem, and the extension of the copy written (.xls stays .xls). */
    private static String annotatedName(StoredFile file, Path written) {
        String ext = nianbao.io.InputFiles.extension(written.getFileName().toString());
        return Download.safeName(Download.stem(ShownName.last(file.label())) + "-校验." + ext);
    }

    private static String contentType(Path written) {
        return written.getFileName().toString().endsWith(".xls") ? Download.XLS : Download.XLSX;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = Download.stem(name) + "（" + n + "）" + name.substring(Download.stem(name).length());
        }
        return candidate;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }
}
