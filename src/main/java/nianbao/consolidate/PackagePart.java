package nianbao.consolidate;

import java.util.Objects;

/**
 * One part of the consolidated workbook's package, made in memory: its name inside the zip (no leading
 * slash, e.g. {@code xl/charts/chart1.xml}), its content type and its bytes.
 */
record PackagePart(String name, String contentType, byte[] bytes) {

    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml";
    static final String DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
    static final String CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

    PackagePart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
    }
}
