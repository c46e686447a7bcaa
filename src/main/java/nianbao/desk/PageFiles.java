package nianbao.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's own files, served from the jar ({@code /desk/…} on the class path): a fixed list, read once;
 * nothing from outside the jar, no CDN.
 */
final class PageFiles {

    /** A file of the page: its bytes and content type. */
    record PageFile(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "desk.css", "text/css; charset=utf-8",
            "desk.js", "text/javascript; charset=utf-8",
            "charts.js", "text/javascript; charset=utf-8",
            "upload.js", "text/javascript; charset=utf-8",
            "icon.svg", "image/svg+xml");

    private final Map<String, PageFile> files;

    private PageFiles(Map<String, PageFile> files) {
        this.files = files;
    }

    static PageFiles load() {
        Map<String, PageFile> files = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> files.put(name, new PageFile(read(name), type)));
        return new PageFiles(Map.copyOf(files));
    }

    Optional<PageFile> find(String name) {
        return Optional.ofNullable(files.get(name));
    }

    PageFile page() {
        return files.get("index.html");
    }

    private static byte[] read(String name) {
        try (InputStream in = PageFiles.class.getResourceAsStream("/desk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/desk/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
