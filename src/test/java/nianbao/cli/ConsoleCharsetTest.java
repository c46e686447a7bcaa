package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** nianbao writes in the console's own charset: a Chinese Windows console decodes GBK, not UTF-8. */
class ConsoleCharsetTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "-D{0}=GBK")
    @ValueSource(strings = {"sun.stdout.encoding", "stdout.encoding"})
    void standardOutputIsWrittenInTheCharsetTheJvmNamesForTheConsole(String property) throws Exception {
        Path out = dir.resolve("模板.xlsx");

        Output run = nianbao(List.of("-D" + property + "=GBK"), "template", "-o", out.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(strictly(run.out(), GBK)).isEqualTo("已生成模板：" + out + System.lineSeparator());
        assertThat(run.out()).as("not UTF-8").isNotEqualTo(("已生成模板：" + out + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void standardErrorIsWrittenInTheCharsetTheJvmNamesForIt() throws Exception {
        Output run = nianbao(List.of("-Dsun.stderr.encoding=GBK"), "consolidat");

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(strictly(run.err(), GBK)).contains("用法错误：没有 consolidat 这个命令。是不是要用 consolidate？");
    }

    @Test
    void withoutAConsoleOrANamedCharsetItIsUtf8() throws Exception {
        Output run = nianbao(List.of(), "template", "-o", dir.resolve("模板.xlsx").toString());

        assertThat(strictly(run.out(), StandardCharsets.UTF_8)).startsWith("已生成模板：");
    }

    @Test
    void theNamedCharsetComesFirstThenTheConsolesThenUtf8() {
        assertThat(ConsoleCharset.of("stdout", Map.of("sun.stdout.encoding", "GBK", "stdout.encoding", "UTF-8")::get, Optional.empty()))
                .isEqualTo(GBK);
        assertThat(ConsoleCharset.of("stdout", Map.of("stdout.encoding", "GB18030")::get, Optional.of(StandardCharsets.UTF_8)))
                .isEqualTo(Charset.forName("GB18030"));
        assertThat(ConsoleCharset.of("stderr", Map.of("stdout.encoding", "GBK")::get, Optional.of(GBK))).isEqualTo(GBK);
        assertThat(ConsoleCharset.of("stdout", Map.<String, String>of()::get, Optional.empty())).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCharsetThatCannotWriteChineseOrIsUnknownIsPassedOver() {
        assertThat(ConsoleCharset.of("stdout", Map.of("stdout.encoding", "ANSI_X3.4-1968")::get, Optional.empty()))
                .as("a POSIX locale's ASCII").isEqualTo(StandardCharsets.UTF_8);
        assertThat(ConsoleCharset.of("stdout", Map.of("sun.stdout.encoding", "no-such-charset")::get, Optional.of(GBK)))
                .isEqualTo(GBK);
        assertThat(ConsoleCharset.of("stdout", Map.<String, String>of()::get, Optional.of(StandardCharsets.ISO_8859_1)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    /** The text the bytes are in {@code charset}, failing on any byte that is not. */
    private static String strictly(byte[] bytes, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    record Output(int code, byte[] out, byte[] err) {
    }

    /** nianbao in its own JVM (so that Main picks the charsets), with these JVM options. */
    static Output nianbao(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] err;
        byte[] out;
        try (var o = p.getInputStream(); var e = p.getErrorStream()) {
            out = o.readAllBytes();
            err = e.readAllBytes();
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Output(p.exitValue(), out, err);
    }
}
