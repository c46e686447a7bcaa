package nianbao.desk;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.consolidate.Roster;
import nianbao.extract.Extractor;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.FileResult;
import nianbao.model.Return;
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
        Download.send(ctx, outputName(".xlsx"), Download.XLSX, DeskApi.bytes(season::writeWorkbook));
    }

    /** One return's annotated copy ({@code ?file=label}). */
    void annotatedOne(Context ctx) throws IOException {
        StoredFile file = stored(ctx, StoredFile.Kind.RETURN);
        FileResult result = pipeline.verify(List.of(path(file))).get(0);
        if (result.read() == null || result.findings().isEmpty()) {
            throw new DeskError(404, file.label() + "：" + (result.read() == null ? "无法读取，不能标注" : "没有问题，不需要标注副本"));
        }
        Path folder = Files.createTempDirectory(workspace.temp(), "annotated");
        try {
            Path written = pipeline.annotate(path(file), result.findings(), folder);
            Download.send(ctx, annotatedName(file, written), contentType(written), Files.readAllBytes(written));
        } finally {
            deleteFolder(folder);
        }
    }

    /** Every annotated copy of the returns in force that have findings, as one .zip. */
    void annotatedZip(Context ctx) throws IOException {
        List<StoredFile> current = CurrentReturns.of(workspace.state());
        List<FileResult> results = pipeline.verify(current.stream().map(this::path).toList());
        Path folder = Files.createTempDirectory(workspace.temp(), "annotated");
        try {
            byte[] zip = DeskApi.bytes(out -> {
                try (ZipOutputStream z = new ZipOutputStream(out)) {
                    Set<String> names = new HashSet<>();
                    for (int i = 0; i < current.size(); i++) {
                        FileResult r = results.get(i);
                        if (r.read() != null && !r.findings().isEmpty()) {
                            Path written = pipeline.annotate(path(current.get(i)), r.findings(), folder);
                            z.putNextEntry(new ZipEntry(unique(names, annotatedName(current.get(i), written))));
                            Files.copy(written, z);
                            z.closeEntry();
                        }
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
        Download.send(ctx, name, Download.XLSX, pipeline.template(meta, Map.of()));
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
                    z.write(pipeline.template(meta, Map.of()));
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
            StoredFile f = s.findSame(blob.sha256(), shown, null).map(same -> same.receivedAgain(Workspace.now()))
                    .orElseGet(() -> new StoredFile(s.nextId(), shown, s.labelFor(shown), StoredFile.Kind.REPORT, blob.sha256(),
                            blob.path(), blob.size(), Workspace.now(), null, null, null));
            return new Workspace.Changed<>(s.with(f), f);
        });
        DeskApi.report(ctx, Report.of(List.of(extracted(entry))));
    }

    /** A published report read, as a filled template ({@code ?file=label}). */
    void extractedTemplate(Context ctx) throws IOException {
        StoredFile file = stored(ctx, StoredFile.Kind.REPORT);
        Return read = readReport(file);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput() && read.values().containsKey(f.key())) {
                inputs.put(f.key(), read.values().get(f.key()));
            }
        }
        Download.send(ctx, Download.safeName(Download.stem(ShownName.last(file.label())) + ".xlsx"), Download.XLSX,
                pipeline.template(read.meta(), inputs));
    }

    /** A published report's tables in the official layout ({@code ?file=label}). */
    void extractedTables(Context ctx) {
        StoredFile file = stored(ctx, StoredFile.Kind.REPORT);
        ctx.contentType("text/html; charset=utf-8").result(pipeline.tables(readReport(file)));
    }

    private FileResult extracted(StoredFile entry) {
        return season.relabel(workspace.state()).result(pipeline.extract(path(entry)));
    }

    private Return readReport(StoredFile file) {
        FileResult r = extracted(file);
        if (r.read() == null) {
            throw new DeskError(404, file.label() + "：" + r.reason());
        }
        return r.read();
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
