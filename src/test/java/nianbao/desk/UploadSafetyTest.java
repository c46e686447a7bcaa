package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploads obey the readers' limits, and no name a browser or a .zip gives is ever used as a path. */
class UploadSafetyTest {

    static final Path RETURN = Path.of("samples/returns/湛河区教育局.xlsx");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    RunningDesk desk;

    @BeforeEach
    void start() throws Exception {
        desk = RunningDesk.start(folder.resolve("ws"));
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void aRequestAnnouncingMoreThanTheLimitIsRefusedBeforeItsBody() throws Exception {
        String answer = desk.raw("POST /api/returns HTTP/1.1\r\nHost: 127.0.0.1:" + desk.server.port() + "\r\n" + AccessRules.HEADER + ": "
                + desk.token() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                + (UploadLimits.MAX_REQUEST_BYTES + 1) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("{\"error\":\"一次上传的内容超过");
    }

    @Test
    void aFileLargerThanAReaderReadsIsRefusedWith413() throws Exception {
        String boundary = "----oversize";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"大.xlsx\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long size = UploadLimits.MAX_FILE_BYTES + 1;
        HttpRequest request = desk.withToken("/api/returns").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        Collections.enumeration(List.of(new ByteArrayInputStream(head), zeros(size), new ByteArrayInputStream(tail))))),
                        head.length + size + tail.length)).build();
        HttpResponse<String> r = desk.send(request);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).path("error").asText()).contains("太大");
        assertThat(desk.workspace.state().files()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../逃出.xlsx", "/etc/cron.d/x.xlsx", "C:\\Windows\\x.xlsx", "..\\..\\x.xlsx", "a/../../../b.xlsx"})
    void anUploadedNameIsShownButNeverAPath(String name) throws Exception {
        HttpResponse<String> r = desk.upload("/api/returns", List.of(new RunningDesk.Part(name, Files.readAllBytes(RETURN))));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("files").get(0).path("agency").asText()).isEqualTo("湛河区教育局");
        assertOnlyUnderTheStore();
        assertThat(desk.workspace.state().files()).singleElement().satisfies(f -> {
            assertThat(f.blob()).matches("[0-9a-f]{2}/[0-9a-f]{64}\\.xlsx");
            assertThat(f.label()).isEqualTo(ShownName.of(name));
        });
    }

    @Test
    void zipEntryNamesAreShownButNeverPaths() throws Exception {
        byte[] workbook = Files.readAllBytes(RETURN);
        byte[] zip = zip(StandardCharsets.UTF_8, "../../../outside.xlsx", workbook, "/abs/root.xlsx", workbook,
                "C:\\win\\path.xlsx", workbook, "子文件夹/教育局.xlsx", workbook);
        HttpResponse<String> r = desk.upload("/api/returns", List.of(new RunningDesk.Part("各单位.zip", zip)));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode files = JSON.readTree(r.body()).path("files");
        assertThat(files).hasSize(4);
        assertThat(files.findValuesAsText("file")).containsExactly("各单位.zip/../../../outside.xlsx", "各单位.zip//abs/root.xlsx",
                "各单位.zip/C:/win/path.xlsx", "各单位.zip/子文件夹/教育局.xlsx");
        assertOnlyUnderTheStore();
        assertThat(stored()).as("one content, stored once, and the .zip itself").hasSize(2);
    }

    @Test
    void aZipEntryNamedInGbkIsShownInChinese() throws Exception {
        byte[] zip = zip(Charset.forName("GBK"), "湛河区教育局.xlsx", Files.readAllBytes(RETURN));
        HttpResponse<String> r = desk.upload("/api/returns", List.of(new RunningDesk.Part("gbk.zip", zip)));
        assertThat(JSON.readTree(r.body()).path("files").get(0).path("file").asText()).isEqualTo("gbk.zip/湛河区教育局.xlsx");
    }

    @Test
    void aZipBombEntryIsRefusedAndTheOthersTaken() throws Exception {
        byte[] bomb = new byte[(int) (UploadLimits.RATIO_GRACE_BYTES * 3)];
        byte[] zip = zip(StandardCharsets.UTF_8, "炸弹.xlsx", bomb, "教育局.xlsx", Files.readAllBytes(RETURN));
        HttpResponse<String> r = desk.upload("/api/returns", List.of(new RunningDesk.Part("bomb.zip", zip)));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode files = JSON.readTree(r.body()).path("files");
        assertThat(files.findValuesAsText("status")).containsExactlyInAnyOrder("unreadable", "ok");
        assertThat(files.toString()).contains("倍以上");
    }

    @Test
    void aZipInsideAZipAndFilesOfOtherKindsArePassedOverWithTheirReason() throws Exception {
        byte[] inner = zip(StandardCharsets.UTF_8, "a.xlsx", Files.readAllBytes(RETURN));
        byte[] zip = zip(StandardCharsets.UTF_8, "inner.zip", inner, "~$锁定.xlsx", new byte[] {1}, "说明.docx", new byte[] {1});
        JsonNode files = JSON.readTree(desk.upload("/api/returns", List.of(new RunningDesk.Part("outer.zip", zip))).body()).path("files");
        assertThat(files.findValuesAsText("status")).containsOnly("skipped");
        assertThat(files.findValuesAsText("reason")).anySatisfy(t -> assertThat(t).contains("压缩包中的压缩包"))
                .anySatisfy(t -> assertThat(t).contains("锁定")).anySatisfy(t -> assertThat(t).contains("不是报表文件"));
    }

    @Test
    void aBrokenZipIsRefusedInChineseAndKept() throws Exception {
        HttpResponse<String> r = desk.upload("/api/returns", List.of(new RunningDesk.Part("坏.zip", "PK\3\4 broken".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").asText()).contains("无法打开这个 .zip");
        assertThat(desk.workspace.state().files()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(StoredFile.Kind.ZIP));
    }

    private void assertOnlyUnderTheStore() throws Exception {
        Path root = desk.workspace.root();
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
                    .allSatisfy(p -> assertThat(p).matches("(收到的文件/[0-9a-f]{2}/[0-9a-f]{64}(\\.[a-z]+)?|工作台状态\\.json|说明\\.txt|工作台\\.lock)"));
        }
    }

    private List<Path> stored() throws Exception {
        try (Stream<Path> all = Files.walk(desk.workspace.root().resolve(Workspace.STORE))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    static byte[] zip(Charset names, Object... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
