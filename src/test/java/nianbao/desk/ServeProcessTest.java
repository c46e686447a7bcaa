package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao serve} as a process: its first line, the workspace it makes, and a clean stop on a termination signal. */
class ServeProcessTest {

    static final Pattern FIRST_LINE = Pattern.compile("工作台：http://127\\.0\\.0\\.1:(\\d+)/\\?token=([0-9a-f]{64})");

    @TempDir
    Path folder;

    @Test
    void theFirstLineIsTheAddressAndATerminationStopsItCleanly() throws Exception {
        Path workspace = folder.resolve("季");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "nianbao.cli.Main", "serve", "--no-browser", "--workspace", workspace.toString()).redirectError(folder.resolve("err.txt").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = FIRST_LINE.matcher(first == null ? "" : first);
            assertThat(m.matches()).as(first + " / " + Files.readString(folder.resolve("err.txt"))).isTrue();
            int port = Integer.parseInt(m.group(1));
            HttpResponse<String> season = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/season")).header(AccessRules.HEADER, m.group(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(season.statusCode()).isEqualTo(200);
            assertThat(workspace.resolve(Workspace.NOTE)).exists();
            serve.destroy();
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("stopped after a termination signal").isTrue();
            assertThat(closed(port)).isTrue();
            assertThat(Files.readString(folder.resolve("err.txt"))).as("nothing on standard error").isEmpty();
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() throws Exception {
        StringWriter text = new StringWriter();
        int status = nianbao.cli.Main.commandLine(new java.io.PrintWriter(text), new java.io.PrintWriter(text))
                .execute("serve", "--no-browser", "--port", "70000", "--workspace", folder.toString());
        assertThat(status).isEqualTo(2);
        assertThat(text.toString()).contains("--port 应为 0 至 65535");
    }

    private static boolean closed(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return !s.isConnected();
        } catch (ConnectException e) {
            return true;
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
