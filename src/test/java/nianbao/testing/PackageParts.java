package nianbao.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** The parts of a zip package as a map, and back: for tests that edit a workbook's XML by hand. */
public final class PackageParts {

    private PackageParts() {
    }

    public static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(in.entries())) {
                parts.put(e.getName(), in.getInputStream(e).readAllBytes());
            }
        }
        return parts;
    }

    public static Path zip(Map<String, byte[]> parts, Path file) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return file;
    }
}
