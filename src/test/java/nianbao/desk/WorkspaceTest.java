package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost, nothing doubled: the state survives a restart and a crash, the same bytes twice are one entry. */
class WorkspaceTest {

    static final Path RETURNS = Path.of("samples/returns");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theStateSurvivesARestart() throws Exception {
        Path ws = folder.resolve("ws");
        String before;
        try (RunningDesk desk = RunningDesk.start(ws)) {
            desk.upload("/api/returns", List.of(RunningDesk.Part.of(RETURNS.resolve("湛河区教育局.xlsx")),
                    RunningDesk.Part.of(RETURNS.resolve("湛河区公安分局.xlsx"))));
            before = desk.get("/api/returns").body();
        }
        try (RunningDesk again = RunningDesk.start(ws)) {
            assertThat(again.workspace.state().files()).extracting(StoredFile::label)
                    .containsExactlyInAnyOrder("湛河区教育局.xlsx", "湛河区公安分局.xlsx");
            assertThat(JSON.readTree(again.get("/api/returns").body())).isEqualTo(JSON.readTree(before));
        }
    }

    @Test
    void aWorkspaceInUseByAnotherDeskIsRefused() throws Exception {
        try (RunningDesk desk = RunningDesk.start(folder.resolve("ws"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunningDesk.start(desk.workspace.root()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("正由另一个工作台使用");
        }
        try (RunningDesk again = RunningDesk.start(folder.resolve("ws"))) {
            assertThat(again.workspace.state().files()).isEmpty();
        }
    }

    @Test
    void aPartlyReceivedUploadNeverBecomesState() throws Exception {
        Path ws = folder.resolve("ws");
        try (RunningDesk desk = RunningDesk.start(ws)) {
            desk.upload("/api/returns", List.of(RunningDesk.Part.of(RETURNS.resolve("湛河区教育局.xlsx"))));
        }
        Path half = ws.resolve(Workspace.TEMP).resolve("upload123.part");
        Files.write(half, new byte[] {'P', 'K', 3, 4, 0});
        Files.writeString(ws.resolve(Workspace.TEMP).resolve("state.json.tmp"), "{\"version\":1,\"files\":[");
        try (RunningDesk again = RunningDesk.start(ws)) {
            assertThat(half).doesNotExist();
            assertThat(again.workspace.state().files()).extracting(StoredFile::label).containsExactly("湛河区教育局.xlsx");
        }
    }

    @Test
    void theSameFileTwiceIsOneStoredFileAndOneEntryNotedAsReceivedAgain() throws Exception {
        try (RunningDesk desk = RunningDesk.start(folder.resolve("ws"))) {
            RunningDesk.Part part = RunningDesk.Part.of(RETURNS.resolve("湛河区教育局.xlsx"));
            desk.upload("/api/returns", List.of(part));
            desk.upload("/api/returns", List.of(part, part));
            assertThat(desk.workspace.state().files()).singleElement().satisfies(f -> assertThat(f.againAt()).hasSize(2));
            assertThat(storedFiles(desk)).hasSize(1);
            assertThat(JSON.readTree(desk.get("/api/returns").body()).path("files")).hasSize(1);
        }
    }

    @Test
    void twoTabsUploadingTheSameFilesAtOnceLoseAndDoubleNothing() throws Exception {
        try (RunningDesk desk = RunningDesk.start(folder.resolve("ws"))) {
            List<RunningDesk.Part> parts = new ArrayList<>();
            try (Stream<Path> files = Files.list(RETURNS)) {
                for (Path f : files.sorted().limit(6).toList()) {
                    parts.add(RunningDesk.Part.of(f));
                }
            }
            ExecutorService tabs = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int tab = 0; tab < 4; tab++) {
                    Callable<Integer> upload = () -> desk.upload("/api/returns", parts).statusCode();
                    answers.add(tabs.submit(upload));
                }
                for (Future<Integer> a : answers) {
                    assertThat(a.get()).isEqualTo(200);
                }
            } finally {
                tabs.shutdownNow();
            }
            assertThat(desk.workspace.state().files()).hasSize(6).allSatisfy(f -> assertThat(f.againAt()).hasSize(3));
            assertThat(storedFiles(desk)).hasSize(6);
            assertThat(JSON.readTree(desk.get("/api/returns").body()).path("files")).hasSize(6);
        }
    }

    @Test
    void anUploadDuringAConsolidationIsNeitherLostNorDoubled() throws Exception {
        try (RunningDesk desk = RunningDesk.start(folder.resolve("ws"))) {
            List<Path> files;
            try (Stream<Path> all = Files.list(RETURNS)) {
                files = all.sorted().toList();
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (Path f : files) {
                    answers.add(pool.submit(() -> desk.upload("/api/returns", List.of(RunningDesk.Part.of(f))).statusCode()));
                    answers.add(pool.submit(() -> desk.get("/api/returns").statusCode()));
                }
                for (Future<Integer> a : answers) {
                    assertThat(a.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(desk.workspace.state().files()).hasSize(files.size()).allSatisfy(f -> assertThat(f.againAt()).isEmpty());
            assertThat(JSON.readTree(desk.get("/api/returns").body()).path("files")).hasSize(files.size());
        }
    }

    @Test
    void aResubmissionReplacesTheEarlierVersionInTheSumsAndBothAreListed() throws Exception {
        try (RunningDesk desk = RunningDesk.start(folder.resolve("ws"))) {
            desk.upload("/api/returns", List.of(RunningDesk.Part.of(RETURNS.resolve("湛河区公安分局.xlsx")),
                    RunningDesk.Part.of(RETURNS.resolve("湛河区教育局.xlsx"))));
            assertThat(statusOf(desk, "湛河区公安分局")).isEqualTo("invalid");
            byte[] fixed = FixedReturn.of("湛河区公安分局", "11410411002596954C", 2024, RETURNS.resolve("湛河区民政局.xlsx"));
            desk.upload("/api/returns", List.of(new RunningDesk.Part("湛河区公安分局.xlsx", fixed)));
            JsonNode current = JSON.readTree(desk.get("/api/returns").body());
            assertThat(current.path("files")).hasSize(2);
            assertThat(statusOf(desk, "湛河区公安分局")).isEqualTo("ok");
            assertThat(current.path("files").findValuesAsText("file")).contains("湛河区公安分局.xlsx（第2版）");
            JsonNode versions = JSON.readTree(desk.get("/api/versions").body()).path("versions");
            assertThat(versions.findValuesAsText("label")).containsExactlyInAnyOrder("湛河区公安分局.xlsx", "湛河区教育局.xlsx",
                    "湛河区公安分局.xlsx（第2版）");
            assertThat(storedFiles(desk)).hasSize(3);
        }
    }

    private static String statusOf(RunningDesk desk, String agency) throws Exception {
        for (JsonNode f : JSON.readTree(desk.get("/api/returns").body()).path("files")) {
            if (f.path("agency").asText().equals(agency)) {
                return f.path("status").asText();
            }
        }
        return "absent";
    }

    private static List<Path> storedFiles(RunningDesk desk) throws Exception {
        try (Stream<Path> all = Files.walk(desk.workspace.root().resolve(Workspace.STORE))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
