package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** form.md §5's rules: the token (header or cookie), the Host, the Origin of a POST, and refusals in Chinese JSON. */
class AccessRulesTest {

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
    void theFirstLineAddressCarriesTheTokenOnTheLoopback() {
        assertThat(desk.server.url()).matches("http://127\\.0\\.0\\.1:" + desk.server.port() + "/\\?token=[0-9a-f]{64}");
    }

    @Test
    void eachStartHasItsOwnToken() throws Exception {
        try (RunningDesk other = RunningDesk.start(folder.resolve("other"))) {
            assertThat(other.token()).isNotEqualTo(desk.token());
        }
    }

    @Test
    void anApiRequestWithoutTheTokenIsForbidden() throws Exception {
        HttpResponse<String> r = desk.send(desk.request("/api/returns").GET().build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).startsWith("{\"error\":\"").contains("口令");
    }

    @Test
    void aWrongTokenIsForbiddenAsHeaderAndAsCookie() throws Exception {
        String wrong = "0".repeat(64);
        assertThat(desk.send(desk.request("/api/season").header(AccessRules.HEADER, wrong).GET().build()).statusCode()).isEqualTo(403);
        assertThat(desk.send(desk.request("/api/season").header("Cookie", "nianbao_token_" + desk.server.port() + "=" + wrong)
                .GET().build()).statusCode()).isEqualTo(403);
    }

    @Test
    void theTokenAsHeaderIsAdmitted() throws Exception {
        HttpResponse<String> r = desk.get("/api/season");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void thePageOpenedWithTheTokenSetsAStrictHttpOnlyCookieThatAdmitsTheApi() throws Exception {
        HttpResponse<String> page = desk.send(desk.request("/?token=" + desk.token()).GET().build());
        assertThat(page.statusCode()).isEqualTo(303);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").startsWith("nianbao_token_" + desk.server.port() + "=");
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertThat(desk.send(desk.request("/api/season").header("Cookie", pair).GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void thePageOpenedWithAWrongTokenSetsNoCookie() throws Exception {
        HttpResponse<String> page = desk.send(desk.request("/?token=nope").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("年报工作台");
    }

    @Test
    void aForeignHostIsForbiddenEvenWithTheToken() throws Exception {
        String answer = desk.raw("GET /api/season HTTP/1.1\r\nHost: evil.example:" + desk.server.port() + "\r\n" + AccessRules.HEADER + ": "
                + desk.token() + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 403").contains("主机名");
        String page = desk.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 403");
    }

    @Test
    void localhostWithTheDesksPortIsItsOwnHost() throws Exception {
        String answer = desk.raw("GET /api/season HTTP/1.1\r\nHost: localhost:" + desk.server.port() + "\r\n" + AccessRules.HEADER + ": "
                + desk.token() + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    @Test
    void aPostFromAForeignOriginIsForbidden() throws Exception {
        HttpRequest post = desk.withToken("/api/season").header("Origin", "http://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"year\": 2024}")).build();
        HttpResponse<String> r = desk.send(post);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("其他网页");
        assertThat(desk.workspace.state().season().year()).isNull();
    }

    @Test
    void aPostFromTheDesksOwnOriginOrWithoutOneIsAdmitted() throws Exception {
        for (String origin : List.of("http://127.0.0.1:" + desk.server.port(), "http://localhost:" + desk.server.port())) {
            HttpRequest post = desk.withToken("/api/season").header("Origin", origin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"year\": 2024}")).build();
            assertThat(desk.send(post).statusCode()).as(origin).isEqualTo(200);
        }
        HttpRequest script = desk.withToken("/api/season").POST(HttpRequest.BodyPublishers.ofString("{\"year\": 2023}")).build();
        assertThat(desk.send(script).statusCode()).isEqualTo(200);
        assertThat(desk.workspace.state().season().year()).isEqualTo(2023);
    }

    @Test
    void badInputIsAnsweredInChineseWithoutJavaText() throws Exception {
        HttpRequest post = desk.withToken("/api/season").POST(HttpRequest.BodyPublishers.ofString("{not json")).build();
        HttpResponse<String> r = desk.send(post);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("{\"error\":").doesNotContain("Exception").doesNotContain("at io.").doesNotContain("java.");
        HttpResponse<String> missing = desk.get("/api/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("{\"error\":");
    }
}
