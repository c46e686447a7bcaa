package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing lost: inputs never modified, outputs refused before any work when they cannot be written,
 * and a run stopped at any moment leaves the earlier output whole and no temporary file behind.
 */
class DataSafetyTest {

    static final Path RETURNS = Path.of("samples/returns");
    static final Path SEED_REPORT = Path.of("samples/seed-report.txt");

    @TempDir
    Path dir;

    @Test
    void verifyAndExtractAndRenderNeverModifyTheirInputs() throws Exception {
        Path returns = copy(RETURNS, dir.resolve("returns"));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(SEED_REPORT, reports.resolve("seed.txt"));
        Map<Path, String> before = hashes(dir);

        HostileCorpusTest.run("verify", returns.toString(), "--annotate", dir.resolve("annotated").toString());
        HostileCorpusTest.run("extract", reports.toString(), "--out-dir", Files.createDirectories(dir.resolve("filled")).toString());
        HostileCorpusTest.run("render", returns.resolve("湛河区教育局.xlsx").toString(), "-o", dir.resolve("r.html").toString());

        Map<Path, String> after = hashes(dir);
        before.forEach((file, hash) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(hash));
        assertThat(after).hasSizeGreaterThan(before.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"template -o UNDER_A_FILE/out.xlsx", "extract SEED -o UNDER_A_FILE/out.xlsx",
            "render RETURN -o UNDER_A_FILE/out.html", "extract SEED --out-dir UNDER_A_FILE", "verify RETURN --annotate UNDER_A_FILE",
            "consolidate RETURN -o UNDER_A_FILE/out.xlsx", "consolidate RETURN -o OK.xlsx --json UNDER_A_FILE/out.json"})
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWork(String command) throws Exception {
        Path aFile = Files.writeString(dir.resolve("a-file"), "");
        String[] args = command.replace("UNDER_A_FILE", aFile.resolve("folder").toString())
                .replace("OK.xlsx", dir.resolve("ok.xlsx").toString())
                .replace("SEED", SEED_REPORT.toString())
                .replace("RETURN", RETURNS.resolve("湛河区教育局.xlsx").toString()).split(" ");

        Run run = HostileCorpusTest.run(args);

        assertThat(run.code()).as(run.err()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains(aFile.resolve("folder").toString()).contains("无法新建").doesNotContain("\tat ");
        assertThat(run.out()).as("no work done").doesNotContain("✓").doesNotContain("✗").doesNotContain("份报");
        assertThat(dir.resolve("ok.xlsx")).doesNotExist();
    }

    /** -o, --json, --out-dir and --annotate treat a missing folder alike: it is made, and the output written into it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"template -o NEW/out.xlsx", "extract SEED -o NEW/out.xlsx", "render RETURN -o NEW/out.html",
            "extract SEED --out-dir NEW", "verify RETURN_WITH_FINDINGS --annotate NEW", "consolidate RETURN -o NEW/out.xlsx",
            "consolidate RETURN -o OK.xlsx --json NEW/out.json"})
    void aMissingOutputFolderIsMadeForEveryOutputOption(String command) throws Exception {
        Path folder = dir.resolve("新/文件夹");
        String[] args = command.replace("NEW", folder.toString())
                .replace("OK.xlsx", dir.resolve("ok.xlsx").toString())
                .replace("SEED", SEED_REPORT.toString())
                .replace("RETURN_WITH_FINDINGS", RETURNS.resolve("湛河区公安分局.xlsx").toString())
                .replace("RETURN", RETURNS.resolve("湛河区教育局.xlsx").toString()).split(" ");

        Run run = HostileCorpusTest.run(args);

        assertThat(run.code()).as(run.err()).isIn(Main.OK, Main.INVALID);
        assertThat(folder).isDirectory();
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written.toList()).as("the output is in the new folder").isNotEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // As root (CI) permissions do not block writing: there is nothing to test then.
        assumeFalse(Files.isWritable(locked), "running as root: a read-only folder is still writable, skipped");

        Run run = HostileCorpusTest.run("extract", SEED_REPORT.toString(), "-o", locked.resolve("out.xlsx").toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("不可写入");
        assertThat(run.out()).doesNotContain("✓");
    }

    @Test
    void aRunStoppedAtAnyMomentLeavesTheEarlierOutputWholeAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("模板.xlsx");
        assertThat(HostileCorpusTest.run("template", "-o", out.toString(), "--agency", "旧单位").code()).isEqualTo(Main.OK);
        for (int delay = 0; delay <= 2400; delay += 300) {
            byte[] earlier = Files.readAllBytes(out);
            Process p = nianbao("template", "-o", out.toString(), "--force", "--agency", "新单位");
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroy();
            p.waitFor(60, TimeUnit.SECONDS);

            byte[] now = Files.readAllBytes(out);
            String agency = new ReturnReader().read(out).agency();
            assertThat(agency).as("stopped after %d ms (finished: %s)", delay, finished).isIn("旧单位", "新单位");
            if (agency.equals("旧单位")) {
                assertThat(now).as("stopped after %d ms", delay).isEqualTo(earlier);
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).as("stopped after %d ms", delay).containsExactly("模板.xlsx");
            }
        }
        // How far a stopped run got depends on the machine's load; a run left to finish replaces the output.
        Process complete = nianbao("template", "-o", out.toString(), "--force", "--agency", "新单位");
        assertThat(complete.waitFor(120, TimeUnit.SECONDS)).as("a run left to finish ends").isTrue();
        assertThat(new ReturnReader().read(out).agency()).isEqualTo("新单位");
    }

    @Test
    void aRunKilledHardLeavesTheEarlierOutputWhole() throws Exception {
        Path out = dir.resolve("模板.xlsx");
        assertThat(HostileCorpusTest.run("template", "-o", out.toString(), "--agency", "旧单位").code()).isEqualTo(Main.OK);
        for (int delay = 300; delay <= 1800; delay += 500) {
            Process p = nianbao("template", "-o", out.toString(), "--force", "--agency", "新单位");
            p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
            Return read = new ReturnReader().read(out);
            assertThat(read.agency()).as("killed after %d ms", delay).isIn("旧单位", "新单位");
            assertThat(read.meta()).containsKey(MetaKey.AGENCY);
        }
    }

    /** nianbao in its own JVM, on the test class path, its output discarded. */
    static Process nianbao(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "nianbao.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** nianbao in its own JVM, on the test class path, its stdout discarded and its stderr to be read. */
    static Process nianbaoWithStderr(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "nianbao.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    /** SHA-256 of every file under {@code root}. */
    static Map<Path, String> hashes(Path root) throws IOException {
        Map<Path, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(f, sha256(f));
            }
        }
        return hashes;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
