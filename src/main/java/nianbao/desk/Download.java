package nianbao.desk;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file the page downloads: its bytes, type and a name for the browser to save it under (RFC 6266, UTF-8). */
final class Download {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String ZIP = "application/zip";

    private Download() {
    }

    static void send(Context ctx, String name, String contentType, byte[] bytes) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.result(bytes);
    }

    /** A file name safe inside a .zip the desk writes or a download: no folders, no characters Windows refuses. */
    static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        return safe.isEmpty() ? "文件" : safe;
    }

    /** The name, or with （2）, （3）… before its extension when the .zip has it already; the name taken is noted. */
    static String unique(java.util.Set<String> names, String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = stem(name) + "（" + n + "）" + name.substring(stem(name).length());
        }
        return candidate;
    }

    /** The name's stem: without its last extension. */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String ascii(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return plain.isEmpty() ? "download" : plain;
    }
}
