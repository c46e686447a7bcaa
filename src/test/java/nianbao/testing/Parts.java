package nianbao.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** The parts of a zip package (a workbook, a Word document) as a map and back, for tests that edit them by hand. */
public final class Parts {

    private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"");

    private Parts() {
    }

    /** Every part of a package, in stored order. */
    public static Map<String, byte[]> of(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(in.entries())) {
                parts.put(e.getName(), in.getInputStream(e).readAllBytes());
            }
        }
        return parts;
    }

    /** Writes the parts as a package. */
    public static Path write(Map<String, byte[]> parts, Path file) throws IOException {
        return write(parts, file, "", 0, null);
    }

    /**
     * Writes the parts as a package, {@code count} rows appended to the sheet part {@code sheet} after its
     * last row: row {@code n} (one-based) written as {@code row.apply(n)}, streamed, never held whole.
     */
    public static Path write(Map<String, byte[]> parts, Path file, String sheet, int count, IntFunction<String> row)
            throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals(sheet)) {
                    appendRows(out, new String(part.getValue(), StandardCharsets.UTF_8), count, row);
                } else {
                    out.write(part.getValue());
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private static void appendRows(OutputStream out, String xml, int count, IntFunction<String> row) throws IOException {
        int end = xml.indexOf("</sheetData>");
        int last = 0;
        for (Matcher m = ROW.matcher(xml); m.find(); ) {
            last = Math.max(last, Integer.parseInt(m.group(1)));
        }
        out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
        StringBuilder rows = new StringBuilder();
        for (int n = last + 1; n <= last + count; n++) {
            rows.append(row.apply(n));
            if (rows.length() > 1 << 16) {
                out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                rows.setLength(0);
            }
        }
        out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts with the workbook's defined names taken out, so that it is read by its printed labels. */
    public static Map<String, byte[]> withoutNames(Map<String, byte[]> parts) {
        Map<String, byte[]> edited = new LinkedHashMap<>(parts);
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        edited.put("xl/workbook.xml", workbook.replaceAll("(?s)<definedNames>.*</definedNames>", "")
                .getBytes(StandardCharsets.UTF_8));
        return edited;
    }
}
