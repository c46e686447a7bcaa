package nianbao.desk;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.util.Set;

/**
 * form.md §5's rules, checked before every request: the Host must be the desk's own (DNS rebinding),
 * a POST's Origin when present must be the desk's own (CSRF), every {@code /api/} request must carry the
 * token as the header {@value #HEADER} or as the cookie set when the page is opened with {@code ?token=},
 * and no request may announce more bytes than an upload may have.
 */
final class AccessRules {

    static final String HEADER = "X-Nianbao-Token";

    private final DeskToken token;
    private final int port;
    private final Set<String> hosts;
    private final Set<String> origins;

    AccessRules(DeskToken token, int port) {
        this.token = token;
        this.port = port;
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** The cookie's name: one per port, since a browser keeps cookies per host whatever the port. */
    String cookieName() {
        return "nianbao_token_" + port;
    }

    /** Refuses the request with a {@link DeskError} when it breaks a rule; sets the cookie when the page brings the token. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            throw DeskError.forbidden("请求的主机名不是本工作台（" + String.join(" 或 ", hosts) + "），已拒绝");
        }
        String origin = ctx.header("Origin");
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && origin != null && !origins.contains(origin)) {
            throw DeskError.forbidden("请求来自其他网页（" + origin + "），已拒绝：只接受本工作台页面发出的请求");
        }
        if (ctx.path().startsWith("/api/") && !token.matches(ctx.header(HEADER)) && !token.matches(ctx.cookie(cookieName()))) {
            throw DeskError.forbidden("缺少或不符的工作台口令：请用启动窗口中显示的完整地址（含 ?token=）打开工作台");
        }
        long announced = ctx.req().getContentLengthLong();
        if (announced > UploadLimits.MAX_REQUEST_BYTES) {
            throw DeskError.tooLarge("一次上传的内容超过 " + UploadLimits.megabytes(UploadLimits.MAX_REQUEST_BYTES)
                    + "，未接收；请分几次上传");
        }
    }

    /**
     * When the page is opened with the right {@code ?token=}: the cookie that carries the token from then on
     * (HttpOnly, SameSite=Strict), and true so that the page is shown again without the token in its address.
     */
    boolean admit(Context ctx) {
        if (!token.matches(ctx.queryParam("token"))) {
            return false;
        }
        Cookie cookie = new Cookie(cookieName(), token.value());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setMaxAge(-1);
        ctx.cookie(cookie);
        return true;
    }
}
