package nianbao.consolidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The fixed parts of every consolidated workbook — 汇总 as the blank template, its styles, names and
 * properties — as {@link BaseWorkbook} writes them with POI. The build writes them once into the
 * resource {@value #RESOURCE}; when that is absent (classes compiled by an IDE) they are written here,
 * so that both ways give the same parts.
 */
final class SummaryBase {

    /** The resource beside this class that the build writes ({@code mvn process-classes}). */
    static final String RESOURCE = "summary-base.xlsx";

    private static final Pattern CELL_STYLES = Pattern.compile("<cellXfs count=\"(\\d+)\"");

    private final Map<String, byte[]> parts;

    private SummaryBase(Map<String, byte[]> parts) {
        this.parts = Collections.unmodifiableMap(parts);
    }

    /** The base from the build's resource, or written now when the resource is absent. */
    static SummaryBase load() {
        try (InputStream in = SummaryBase.class.getResourceAsStream(RESOURCE)) {
            return of(in != null ? in.readAllBytes() : BaseWorkbook.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("读取程序自带的汇总表底稿失败", e);
        }
    }

    static SummaryBase of(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return new SummaryBase(parts);
    }

    /** Every part by its name, in the order POI wrote them. */
    Map<String, byte[]> parts() {
        return parts;
    }

    /** A part's bytes; the part must exist. */
    byte[] part(String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new IllegalStateException("汇总表底稿缺少部件 " + name);
        }
        return bytes;
    }

    /** The index of a cell style {@link BaseWorkbook} adds last for the sheets nianbao adds. */
    int style(BaseWorkbook.AddedStyle style) {
        Matcher m = CELL_STYLES.matcher(new String(part(BaseWorkbook.STYLES), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("汇总表底稿的样式表没有 cellXfs");
        }
        return Integer.parseInt(m.group(1)) - BaseWorkbook.AddedStyle.values().length + style.ordinal();
    }
}
