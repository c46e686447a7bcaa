package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nianbao.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The season's endpoints answer what the command line gives for the same files, the files shown by their names. */
class SeasonEndpointsTest {

    static final Path RETURNS = Path.of("samples/returns");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    RunningDesk desk;

    @BeforeEach
    void start() throws Exception {
        desk = RunningDesk.start(folder.resolve("ws"));
        desk.upload("/api/roster", List.of(RunningDesk.Part.of(Path.of("samples/roster.csv"))));
        desk.uploadFolder(RETURNS);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void theReturnsAreTheCommandLinesReportOfTheSameFiles() throws Exception {
        JsonNode desk = JSON.readTree(this.desk.get("/api/returns").body());
        Path json = folder.resolve("cli.json");
        StringWriter text = new StringWriter();
        Main.commandLine(new PrintWriter(text), new PrintWriter(text)).execute("consolidate", RETURNS.toString(), "--roster",
                "samples/roster.csv", "-o", folder.resolve("cli.xlsx").toString(), "--json", json.toString());
        JsonNode cli = JSON.readTree(json.toFile());
        assertThat(desk.path("summary")).isEqualTo(cli.path("summary"));
        assertThat(desk.path("roster")).isEqualTo(cli.path("roster"));
        assertThat(desk.path("totals")).isEqualTo(cli.path("totals"));
        for (JsonNode f : desk.path("files")) {
            JsonNode same = byAgency(cli, f.path("agency").asText());
            assertThat(f.path("file").asText()).isEqualTo(Path.of(same.path("file").asText()).getFileName().toString());
            assertThat(f.path("values")).isEqualTo(same.path("values"));
            assertThat(f.path("findings").findValuesAsText("cell")).isEqualTo(same.path("findings").findValuesAsText("cell"));
        }
    }

    @Test
    void theConsolidatedWorkbookNamesTheFilesAsReceived() throws Exception {
        HttpResponse<byte[]> r = desk.getBytes("/api/consolidated.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");
        String sheets = sheetsText(r.body());
        assertThat(sheets).doesNotContain(Workspace.STORE).contains("湛河区公安分局.xlsx");
    }

    @Test
    void progressAndRemindersNameTheMissingAndTheReturnsToFix() throws Exception {
        JsonNode progress = JSON.readTree(desk.get("/api/progress").body());
        assertThat(progress.path("line").asText()).contains("应报 19 个单位：已报 18（通过 14，待修改 4），未报 1");
        String reminders = JSON.readTree(desk.get("/api/reminders").body()).path("text").asText();
        assertThat(reminders.lines().filter(l -> l.endsWith("尚未报送，请尽快报送。"))).containsExactly("姚孟街道办事处：尚未报送，请尽快报送。");
        assertThat(reminders.lines().filter(l -> l.contains("报表有误"))).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("'年报").contains("处错误"));
    }

    @Test
    void everyRosterMemberGetsAPrefilledTemplate() throws Exception {
        desk.send(desk.withToken("/api/season").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"year\": 2024}")).build());
        HttpResponse<byte[]> r = desk.getBytes("/api/templates.zip");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                Path template = folder.resolve("t.xlsx");
                Files.write(template, zip.readAllBytes());
                var read = new nianbao.read.ReturnReader().read(template);
                assertThat(e.getName()).startsWith(read.agency());
                assertThat(read.year()).hasValue(2024);
                assertThat(read.metaText(nianbao.form.MetaKey.CREDIT_CODE)).isNotEmpty();
            }
        }
        assertThat(names).hasSize(19).contains("姚孟街道办事处2024年年报数据.xlsx");
    }

    @Test
    void anAnnotatedCopyForEachReturnWithFindings() throws Exception {
        HttpResponse<byte[]> one = desk.getBytes("/api/annotated.xlsx?file=" + java.net.URLEncoder.encode("湛河区公安分局.xlsx", StandardCharsets.UTF_8));
        assertThat(one.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(desk.getBytes("/api/annotated.zip").body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("湛河区公安分局-校验.xlsx", "河滨街道办事处-校验.xlsx").allSatisfy(n -> assertThat(n).contains("-校验."));
        assertThat(desk.getBytes("/api/annotated.xlsx?file=nope.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void aRosterThatCannotBeReadIsRefusedKeptAndTheOneInForceStays() throws Exception {
        HttpResponse<String> r = desk.upload("/api/roster", List.of(new RunningDesk.Part("名单.csv", "名称,代码\n甲,1\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").asText()).contains("名单.csv").contains("单位名称").doesNotContain(Workspace.STORE);
        assertThat(JSON.readTree(desk.get("/api/season").body()).path("roster").asText()).isEqualTo("roster.csv");
        assertThat(desk.workspace.state().files()).anySatisfy(f -> assertThat(f.label()).isEqualTo("名单.csv"));
    }

    @Test
    void aYearWithoutReturnsIsSaidAndTheReturnsStillShown() throws Exception {
        desk.send(desk.withToken("/api/season").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"year\": 2023}")).build());
        assertThat(JSON.readTree(desk.get("/api/summary").body()).path("line").asText()).contains("没有 2023 年度的报表").contains("2024 年度 18 份");
        assertThat(JSON.readTree(desk.get("/api/returns").body()).path("files")).hasSize(18);
    }

    private static JsonNode byAgency(JsonNode report, String agency) {
        for (JsonNode f : report.path("files")) {
            if (f.path("agency").asText().equals(agency)) {
                return f;
            }
        }
        throw new AssertionError("no file of " + agency);
    }

    private static String sheetsText(byte[] workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }
}
