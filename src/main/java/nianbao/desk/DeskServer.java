package nianbao.desk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The desk's web server (Javalin on Jetty): listens on 127.0.0.1 only, applies {@link AccessRules} to every
 * request, serves the page from the jar and the JSON surface of form.md §5 ({@link DeskApi}); every refusal
 * and failure is answered {@code {"error": "中文说明"}}, never with a Java exception's text.
 */
public final class DeskServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final JsonFactory JSON = new JsonFactory();

    private final Javalin app;
    private final DeskToken token;

    private DeskServer(Javalin app, DeskToken token) {
        this.app = app;
        this.token = token;
    }

    /** Starts the desk over {@code workspace} on {@code port} (0: a free one). */
    public static DeskServer start(Workspace workspace, int port) {
        DeskToken token = DeskToken.random();
        AtomicReference<AccessRules> rules = new AtomicReference<>();
        PageFiles page = PageFiles.load();
        DeskApi api = new DeskApi(workspace, new Pipeline());
        Javalin app = Javalin.create(config -> configure(config, workspace, rules, page, api));
        try {
            app.start(LOOPBACK, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException(inUse(e) ? "端口 " + port + " 已被占用（可能已有一个工作台在运行）；请用 --port 换一个端口，或不给 --port 自动选择"
                    : "无法在 " + LOOPBACK + ":" + port + " 上提供工作台", e);
        }
        rules.set(new AccessRules(token, app.port()));
        return new DeskServer(app, token);
    }

    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return app.port();
    }

    /** The address to open, with the token: what the desk prints on its first line. */
    public String url() {
        return "http://" + LOOPBACK + ":" + port() + "/?token=" + token.value();
    }

    String token() {
        return token.value();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void configure(JavalinConfig config, Workspace workspace, AtomicReference<AccessRules> rules, PageFiles page,
            DeskApi api) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = UploadLimits.MAX_REQUEST_BYTES;
        config.http.generateEtags = false;
        config.jetty.multipartConfig.cacheDirectory(workspace.temp().toString());
        config.jetty.multipartConfig.maxFileSize(UploadLimits.MAX_FILE_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(UploadLimits.MAX_REQUEST_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.routes.before(ctx -> {
            AccessRules r = rules.get();
            if (r == null) {
                throw new DeskError(503, "工作台正在启动，请稍候再试");
            }
            securityHeaders(ctx);
            r.check(ctx);
        });
        config.routes.get("/", ctx -> {
            if (rules.get().admit(ctx)) {
                ctx.redirect("/", HttpStatus.SEE_OTHER);
            } else {
                send(ctx, page.page());
            }
        });
        config.routes.get("/desk/{name}", ctx -> send(ctx, page.find(ctx.pathParam("name"))
                .orElseThrow(() -> new DeskError(404, "没有这个文件"))));
        api.register(config.routes);
        config.routes.exception(DeskError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500,
                "工作台内部出错，本次操作未完成；已收到的文件都已保存。请重试；如仍出错，请把此情况报告给 nianbao 的维护人员"));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> "没有这个地址：" + ShownName.of(ctx.path());
            case 405 -> "此地址不接受这种请求";
            case 413 -> "上传的内容太大，未接收；请分几次上传";
            default -> "请求无法处理（HTTP " + e.getStatus() + "）";
        }));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private static void send(Context ctx, PageFiles.PageFile file) {
        ctx.contentType(file.contentType());
        ctx.result(file.bytes());
    }

    /** Answers {@code {"error": message}} with this status. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(errorJson(message));
    }

    static String errorJson(String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
