package nianbao.desk;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.consolidate.Roster;
import nianbao.form.MetaKey;
import nianbao.template.Filling;

/** The templates the desk hands out: one pre-filled, or one per roster member (name, credit code, year) as a .zip. */
final class Templates {

    private final Workspace workspace;
    private final Pipeline pipeline;
    private final SeasonReport season;

    Templates(Workspace workspace, Pipeline pipeline, SeasonReport season) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.season = season;
    }

    /** The template, pre-filled ({@code ?agency=A&year=Y}, both optional). */
    void one(Context ctx) throws IOException {
        String agency = ShownName.of(ctx.queryParam("agency"));
        agency = agency.equals(ShownName.UNNAMED) ? "" : agency;
        if (agency.length() > 100) {
            throw DeskError.badRequest("单位名称太长（" + agency.length() + " 个字），最多 100 个字");
        }
        Integer year = year(ctx.queryParam("year"));
        String name = agency.isEmpty() && year == null ? "年报填报模板.xlsx"
                : Download.safeName("年报填报模板-" + agency + (year == null ? "" : year + "年") + ".xlsx");
        Download.send(ctx, name, Download.XLSX, bytes(header(agency, "", year)));
    }

    /** One template per roster member, name, credit code and the season's year filled in, as one .zip. */
    void perMember(Context ctx) throws IOException {
        DeskState state = workspace.state();
        Roster roster = season.roster(state).orElseThrow(() -> DeskError.badRequest("还没有名册：请先在「本期」中上传名册，再下载各单位的模板"));
        Integer year = state.season().year();
        byte[] zip = DeskApi.bytes(out -> {
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                Set<String> names = new HashSet<>();
                for (Roster.Member m : roster.members()) {
                    z.putNextEntry(new ZipEntry(Download.unique(names, Download.safeName(m.name() + (year == null ? "" : year + "年") + "年报数据.xlsx"))));
                    z.write(bytes(header(m.name(), m.creditCode(), year)));
                    z.closeEntry();
                }
            }
        });
        Download.send(ctx, Download.safeName("各单位年报模板" + (year == null ? "" : "-" + year + "年") + ".zip"), Download.ZIP, zip);
    }

    private static Filling header(String agency, String creditCode, Integer year) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        if (!agency.isEmpty()) {
            meta.put(MetaKey.AGENCY, agency);
        }
        if (!creditCode.isEmpty()) {
            meta.put(MetaKey.CREDIT_CODE, creditCode);
        }
        if (year != null) {
            meta.put(MetaKey.YEAR, year.toString());
        }
        return new Filling(meta, Map.of());
    }

    private byte[] bytes(Filling filling) throws IOException {
        try (TempFolder folder = new TempFolder(workspace)) {
            Path target = folder.file("template.xlsx");
            pipeline.template(filling, target);
            return Files.readAllBytes(target);
        }
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
}
