package nianbao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs LibreOffice headless to recalculate and re-save workbooks (or convert documents), each run with
 * its own profile and a time limit; the one place the tests start soffice.
 */
public final class LibreOffice {

    /**
     * LibreOffice keeps the cached results of an .xlsx on load (and so on conversion) unless told to
     * recalculate: OOXMLRecalcMode 0 means always.
     */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOffice() {
    }

    public static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
    }

    /** Converts the files to {@code format} (xlsx, pdf) in {@code outDir}; returns the converted paths. */
    public static List<Path> convert(List<Path> files, String format, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(outDir, "lo-profile-");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), ALWAYS_RECALCULATE);
        List<String> command = new java.util.ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 300 s");
        }
        List<Path> out = files.stream().map(f -> outDir.resolve(f.getFileName().toString().replaceAll("\\.[^.]+$", "") + "." + format)).toList();
        for (Path o : out) {
            if (!Files.exists(o)) {
                throw new IOException("soffice wrote no " + o + ": " + Files.readString(outDir.resolve("soffice.log")));
            }
        }
        return out;
    }
}
