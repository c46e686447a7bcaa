package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Return;
import nianbao.read.label.LabelLayout;
import nianbao.read.ooxml.OoxmlBook;
import nianbao.read.zip.ZipParts;
import nianbao.testing.PackageParts;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quick path ({@link PlainCells}) gives the very return the careful path gives, on named and label layouts. */
class PlainCellsTest {

    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(/>|>(.*?)</c>)", Pattern.DOTALL);

    @TempDir
    static Path dir;

    /** Cell edits: each turns the cell's XML (the whole {@code <c …>…</c>}) into another. */
    private static final Map<String, java.util.function.UnaryOperator<String>> EDITS = Map.of(
            "negative", c -> value(c, "-3"),
            "fraction", c -> value(c, "2.5"),
            "sixteen digits", c -> value(c, "1234567890123456"),
            "leading zeros", c -> value(c, "0007"),
            "point zero", c -> value(c, "40.00"),
            "blank", c -> c.replaceAll("<v>[^<]*</v>", ""),
            "text", c -> c.replaceFirst("^<c r=\"([A-Z0-9]+)\"[^>]*?(/>|>.*</c>)$", "<c r=\"$1\" t=\"inlineStr\"><is><t>无</t></is></c>"),
            "stale", c -> c.replaceAll("<v>([0-9]+)(\\.0)?</v>", "<v>$19</v>"),
            "altered formula", c -> c.replaceAll("<f>SUM\\(([A-Z]+[0-9]+):", "<f>SUM(\\$$1:"),
            "formula removed", c -> c.replaceAll("<f>[^<]*</f>", ""));

    static Stream<Path> workbooks() throws Exception {
        long seed = Seeds.take("PlainCellsTest", System.nanoTime());
        Random random = new Random(seed);
        Map<String, BigDecimal> values = new HashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                values.put(f.key(), BigDecimal.valueOf(random.nextInt(300)));
            }
        }
        Path base = ReturnFiles.write(dir.resolve("base.xlsx"), "某局", "", 2024, "2025-01-15", values);
        Map<String, byte[]> parts = PackageParts.unzip(base);
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String integers = sheet.replaceAll("<v>([0-9]+)\\.0</v>", "<v>$1</v>");
        String uncached = integers.replaceAll("(</f>)<v>[^<]*</v>", "$1");
        List<String> named = named(base);
        List<Path> files = new ArrayList<>();
        files.add(base);
        files.add(variant(parts, "integers", integers));
        files.add(variant(parts, "uncached", uncached));
        Map<String, byte[]> unnamed = new java.util.LinkedHashMap<>(parts);
        unnamed.put("xl/workbook.xml", new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replaceAll("<definedNames>.*</definedNames>", "").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, java.util.function.UnaryOperator<String>> edit : EDITS.entrySet()) {
            for (String kind : List.of("integers", "uncached", "unnamed")) {
                String xml = edit(kind.equals("uncached") ? uncached : integers, edit.getValue(), named, random);
                files.add(variant(kind.equals("unnamed") ? unnamed : parts, kind + " " + edit.getKey(), xml));
            }
        }
        try (Stream<Path> samples = Files.list(Path.of("samples/returns"))) {
            samples.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void quickPathReturnsWhatTheCarefulPathReturns(Path file) throws Exception {
        assertThat(read(file, true)).isEqualTo(read(file, false));
    }

    @Test
    void digitsAreWholeNumbersOfAtMostFifteenDigits() {
        assertThat(List.of("0", "12", "12.0", "0007", "999999999999999", "12.", "-1", "1.5", "", ".0", "1e3",
                "1000000000000000", " 1"))
                .extracting(PlainCells::digits)
                .containsExactly(0L, 12L, 12L, 7L, 999_999_999_999_999L, 12L, PlainCells.NONE, PlainCells.NONE,
                        PlainCells.NONE, PlainCells.NONE, PlainCells.NONE, PlainCells.NONE, PlainCells.NONE);
    }

    private static Return read(Path file, boolean quick) throws Exception {
        String source = file.toString();
        LayoutCache cache = new LayoutCache();
        try (ZipParts zip = ZipParts.open(file); OoxmlBook book = OoxmlBook.open(source, zip, cache)) {
            Layout layout = NamedLayout.locate(book.names(), cache).orElse(null);
            if (layout == null) {
                layout = LabelLayout.locate(source, book, cache);
            } else {
                book.want(layout);
            }
            return ReturnBuilder.build(source, book, layout, cache, quick);
        }
    }

    private static List<String> named(Path file) throws Exception {
        LayoutCache cache = new LayoutCache();
        try (ZipParts zip = ZipParts.open(file); OoxmlBook book = OoxmlBook.open(file.toString(), zip, cache)) {
            return NamedLayout.locate(book.names(), cache).orElseThrow().cells().values().stream().map(CellAddress::a1).sorted().toList();
        }
    }

    private static String value(String cell, String v) {
        return cell.contains("<v>") ? cell.replaceAll("<v>[^<]*</v>", "<v>" + v + "</v>")
                : cell.replaceFirst("(/>|></c>)$", "><v>" + v + "</v></c>");
    }

    /** Applies an edit to five named cells picked at random, inputs and totals alike. */
    private static String edit(String sheet, java.util.function.UnaryOperator<String> edit, List<String> named, Random random) {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refs.add(named.get(random.nextInt(named.size())));
        }
        Matcher m = CELL.matcher(sheet);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(refs.contains(m.group(1)) ? edit.apply(m.group()) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Path variant(Map<String, byte[]> parts, String name, String sheet) throws IOException {
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(parts);
        copy.put("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
        return PackageParts.zip(copy, dir.resolve(name + ".xlsx"));
    }
}
