package nianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook made once with POI, from which synthetic returns are copied with other numbers: its zip
 * entries, the data sheet's part, and which cell of that part holds which key.
 *
 * @param kind what the returns copied from it are
 * @param entries part name → bytes, in the package's order
 * @param sheetPart the part of the sheet holding the numbers
 * @param cells A1 reference in that part → the key it holds
 */
record BaseFile(Kind kind, Map<String, byte[]> entries, String sheetPart, Map<String, Field> cells) {

    /** Stands for the agency in the base's strings; each copy puts its own name there. */
    static final String AGENCY = "AGENCYPLACEHOLDER";
    static final int YEAR = 2024;

    /** The kinds of synthetic returns. */
    enum Kind {
        /** The template filled through its defined names, formula cells with cached values. */
        TEMPLATE(true),
        /** The same, written by a tool that stores formulas without their values. */
        TEMPLATE_UNCACHED(false),
        /** A hand-made copy of the official tables: labels, typed numbers, no defined names. */
        OFFICIAL(true);

        private final boolean cached;

        Kind(boolean cached) {
            this.cached = cached;
        }

        /** Whether formula cells carry their values (a hand-made table's totals are typed, so: yes). */
        boolean cached() {
            return cached;
        }
    }

    BaseFile {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        cells = Map.copyOf(cells);
    }

    /** Writes the base of a kind with POI and locates its keys by reading it back with nianbao's reader. */
    static BaseFile of(Kind kind) throws IOException {
        byte[] xlsx = kind == Kind.OFFICIAL ? OfficialSheet.write(AGENCY, YEAR, ones()) : template();
        Map<String, byte[]> entries = unzip(xlsx);
        Return read = readBack(xlsx);
        String sheet = read.cells().values().iterator().next().sheet();
        Map<String, Field> cells = new HashMap<>();
        for (Map.Entry<String, CellAddress> e : read.cells().entrySet()) {
            if (!e.getValue().sheet().equals(sheet)) {
                throw new IllegalStateException("base file spreads its keys over several sheets");
            }
            cells.put(e.getValue().a1(), Form.field(e.getKey()));
        }
        return new BaseFile(kind, entries, "xl/worksheets/sheet1.xml", cells);
    }

    private static byte[] template() throws IOException {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, AGENCY);
        meta.put(MetaKey.YEAR, String.valueOf(YEAR));
        try (XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(meta, inputOnes()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Every input 1: each input cell then holds a stored number to be replaced. */
    private static Map<String, BigDecimal> inputOnes() {
        Map<String, BigDecimal> v = new HashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> v.put(f.key(), BigDecimal.ONE));
        return v;
    }

    private static Map<String, BigDecimal> ones() {
        return Form.withTotals(inputOnes());
    }

    private static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static Return readBack(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("nianbao-bench-", ".xlsx");
        try {
            Files.write(file, xlsx);
            Return r = new ReturnReader().read(file);
            if (r.cells().size() != Form.SIZE) {
                throw new IllegalStateException("base file: the reader located " + r.cells().size() + " keys");
            }
            return r;
        } catch (UnreadableException e) {
            throw new IllegalStateException("base file unreadable: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
