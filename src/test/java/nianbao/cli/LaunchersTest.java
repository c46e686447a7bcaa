package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers: nianbao.bat as cmd.exe on a Chinese Windows reads it (GBK, CRLF), needing no Maven,
 * saying in Chinese when Java is missing or too old; the nianbao script, running the jar beside it and
 * saying what it does when it must build one first.
 */
class LaunchersTest {

    private static final Path BAT = Path.of("nianbao.bat");
    private static final Path SCRIPT = Path.of("nianbao");

    @TempDir
    Path dir;

    @Test
    void theBatchFileIsGbkWithCrlfLineEndings() throws Exception {
        byte[] bytes = Files.readAllBytes(BAT);

        String text = Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();

        assertThat(text).contains("没有找到 Java").contains("需要 Java 17 或更高版本").contains("https://adoptium.net/");
        assertThat(text.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n").doesNotContain("\r");
        assertThat(text).as("not UTF-8 read as GBK").isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theBatchFileUsesJavaHomeRunsTheJarBesideItAndStartsTheDeskWithoutArguments() throws Exception {
        List<String> lines = Files.readString(BAT, Charset.forName("GBK")).lines().toList();

        assertThat(lines).anyMatch(l -> l.contains("%JAVA_HOME%\\bin\\java.exe"));
        assertThat(lines).anyMatch(l -> l.equals("set \"NB_JAR=%NB_DIR%nianbao.jar\""));
        assertThat(lines).as("no Maven on the user's machine").noneMatch(l -> l.strip().matches("(?i)(call )?mvn\\b.*"));
        assertThat(lines).anyMatch(l -> l.equals("if \"%~1\"==\"\" set \"NB_PAUSE=1\"")).anyMatch(l -> l.equals("%NB_RUN% serve"));
        assertThat(lines).anyMatch(l -> l.contains("LSS 17"));
    }

    @Test
    void gitKeepsTheBatchFilesEncodingAndLineEndings() throws Exception {
        assertThat(Files.readAllLines(Path.of(".gitattributes")))
                .contains("nianbao.bat text eol=crlf working-tree-encoding=GBK");
    }

    @Test
    void theScriptRunsTheJarBesideIt() throws Exception {
        assumeTrue(File.separatorChar == '/', "a POSIX shell script: skipped on Windows");
        Path home = Files.createDirectories(dir.resolve("nianbao-0.1.0"));
        Files.copy(SCRIPT, home.resolve("nianbao"));
        ReadmeExamplesTest.jar(home.resolve("nianbao.jar"));

        Result run = sh(home.resolve("nianbao"), null, "--version");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("nianbao " + Main.Version.number());
    }

    @Test
    void theScriptSaysInChineseWhenJavaIsTooOld() throws Exception {
        assumeTrue(File.separatorChar == '/', "a POSIX shell script: skipped on Windows");
        Path home = Files.createDirectories(dir.resolve("nianbao"));
        Files.copy(SCRIPT, home.resolve("nianbao"));
        ReadmeExamplesTest.jar(home.resolve("nianbao.jar"));
        Path bin = program(dir.resolve("bin"), "java", "echo 'java version \"1.8.0_301\"' >&2");

        Result run = sh(home.resolve("nianbao"), bin, "--version");

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("nianbao 需要 Java 17 或更高版本，找到的是 Java 8");
    }

    @Test
    void theScriptSaysItIsBuildingTheFirstTime() throws Exception {
        assumeTrue(File.separatorChar == '/', "a POSIX shell script: skipped on Windows");
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(SCRIPT, checkout.resolve("nianbao"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path bin = program(dir.resolve("bin"), "mvn", "mkdir -p target && : > target/built");

        Result run = sh(checkout.resolve("nianbao"), bin, "--version");

        assertThat(run.err()).startsWith("首次运行：正在用 Maven 构建 target/nianbao.jar").contains("需要几分钟");
        assertThat(checkout.resolve("target/built")).exists();
    }

    /** A folder holding one stand-in program, a shell script of this body. */
    private static Path program(Path bin, String name, String body) throws Exception {
        Files.createDirectories(bin);
        Path p = Files.writeString(bin.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    record Result(int code, String out, String err) {
    }

    private static Result sh(Path script, Path bin, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        if (bin != null) {
            builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        }
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }
}
