package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nianbao.extract.Extractor;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FilledSheetTest {

    private static final String PART = "xl/worksheets/sheet1.xml";
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>(.*?)</c>)", Pattern.DOTALL);

    static byte[] blankXlsx;
    static byte[] blankSheet;

    @BeforeAll
    static void writeTheBlankTemplate() throws IOException {
        try (XSSFWorkbook wb = new TemplateWriter().workbook(Filling.blank())) {
            blankXlsx = Fixtures.bytes(wb);
        }
        blankSheet = part(blankXlsx, PART);
    }

    static Stream<Named<Filling>> fillings() throws Exception {
        long seed = Seeds.take("FilledSheetTest", new Random().nextLong());
        Random random = new Random(seed);
        Map<String, BigDecimal> randomValues = new HashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> randomValues.put(f.key(), BigDecimal.valueOf(random.nextInt(500))));
        Return seedReport = new Extractor().extract(Path.of("samples/seed-report.txt")).read();
        Map<MetaKey, String> hostile = new EnumMap<>(MetaKey.class);
        hostile.put(MetaKey.AGENCY, "<&>\"' 𠀀区😀局 ]]>");
        hostile.put(MetaKey.CONTACT, "  张三\r\n李四\t\u0001 ");
        hostile.put(MetaKey.PHONE, "0375-1234567");
        hostile.put(MetaKey.DATE, "2025年1月20日");
        return Stream.of(
                Named.of("blank", Filling.blank()),
                Named.of("agency and year only", Filling.header("湛河区信访局", 2024)),
                Named.of("the seed report", new Filling(seedReport.meta(), seedReport.values())),
                Named.of("random inputs, seed " + seed, Filling.header("某市政府办公室", 2023).withValues(randomValues)),
                Named.of("unbalanced columns", Filling.blank().withValues(Map.of(
                        "application.new.business", BigDecimal.valueOf(3),
                        "application.granted.business", BigDecimal.valueOf(2),
                        "application.carried_forward.business", BigDecimal.valueOf(4),
                        "application.new.natural_person", BigDecimal.valueOf(1)))),
                Named.of("fee 0.35", Filling.blank().withValues(Map.of("disclosure.fees.amount", new BigDecimal("0.35")))),
                Named.of("fee 12.50, scale and exponent", Filling.blank().withValues(Map.of(
                        "disclosure.fees.amount", new BigDecimal("12.50"),
                        "application.new.business", new BigDecimal("1E+3"),
                        "application.granted.business", new BigDecimal("123456789012")))),
                Named.of("hostile header texts", new Filling(hostile, Map.of())));
    }

    @ParameterizedTest
    @MethodSource("fillings")
    void everyCellOfTheFilledPartAgreesWithPoiWritingTheSameFilling(Filling filling) throws IOException {
        byte[] filled = FilledSheet.fill(blankSheet, filling);
        try (XSSFWorkbook byPoi = Fixtures.open(Fixtures.bytes(new TemplateWriter().workbook(filling)));
                XSSFWorkbook byBytes = Fixtures.open(replaced(blankXlsx, PART, filled))) {
            assertThat(differences(cells(byPoi), cells(byBytes))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("fillings")
    void everyCachedValueIsWhatPoiRecomputes(Filling filling) throws IOException {
        try (XSSFWorkbook wb = Fixtures.open(replaced(blankXlsx, PART, FilledSheet.fill(blankSheet, filling)))) {
            Map<String, String> cached = cells(wb);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(differences(cached, cells(wb))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("fillings")
    void onlyTheValueCellsChangeAndTheRestIsByteForByteTheBlankPart(Filling filling) {
        String filled = new String(FilledSheet.fill(blankSheet, filling), StandardCharsets.UTF_8);
        String blank = new String(blankSheet, StandardCharsets.UTF_8);
        Map<CellAddress, ShownValue> shown = SheetValues.of(filling);
        assertThat(withoutCells(filled, shown)).isEqualTo(withoutCells(blank, shown));
        assertThat(filled).contains("<mergeCells", "<dataValidations", "<conditionalFormatting", "<sheetProtection");
    }

    @Test
    void theFixtureFillingsShowUnbalancedChecksAndDecimals() throws Exception {
        Filling unbalanced = fillings().filter(n -> n.getName().equals("unbalanced columns")).findFirst().orElseThrow().getPayload();
        Map<CellAddress, ShownValue> shown = SheetValues.of(unbalanced);
        assertThat(shown.get(TemplateLayout.status().topLeft()))
                .isEqualTo(new ShownValue.Text("不平衡：3列，见第" + (TemplateLayout.checkBlock().firstRow() + 1) + "行"));
        assertThat(shown.values()).contains(new ShownValue.Text("不平衡\n相差 3"), new ShownValue.Text("不平衡\n相差 1"));
        String fee = new String(FilledSheet.fill(blankSheet, Filling.blank().withValues(Map.of("disclosure.fees.amount", new BigDecimal("0.35")))),
                StandardCharsets.UTF_8);
        assertThat(cellXml(fee).get(TemplateLayout.cell(Form.field("disclosure.fees.amount")).a1())).isEqualTo("<v>0.35</v>");
    }

    @ParameterizedTest
    @MethodSource("nianbao.template.FilledSheetTest#fields")
    void aValueOnOneKeyLandsInItsCellAndTheTotalsThatSumItOnly(Field field) {
        BigDecimal seven = BigDecimal.valueOf(7);
        Map<String, BigDecimal> values = Map.of(field.key(), seven);
        Map<String, String> xml = cellXml(new String(FilledSheet.fill(blankSheet, Filling.blank().withValues(values)), StandardCharsets.UTF_8));
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (Field f : Form.fields()) {
            String a1 = TemplateLayout.cell(f).a1();
            String v = xml.get(a1).replaceAll(".*<v>(.*)</v>.*", "$1");
            actual.put(f.key(), v.isEmpty() ? "" : v);
            boolean shows = f.isFormula() || f.equals(field);
            expected.put(f.key(), shows ? Form.value(f, values).toPlainString() : "");
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get(field.key())).isEqualTo(field.isInput() ? "7" : "0");
    }

    static Stream<Field> fields() {
        return Form.fields().stream();
    }

    @Test
    void refusesAPartLackingACellItMustFill() {
        Field lastInput = Form.fields().stream().filter(Field::isInput).reduce((a, b) -> b).orElseThrow();
        Filling filling = Filling.header("湛河区信访局", 2024).withValues(Map.of(lastInput.key(), BigDecimal.ONE));
        for (CellAddress wanted : new CellAddress[] {SheetValues.of(filling).firstKey(), SheetValues.of(filling).lastKey(),
                TemplateLayout.cell(lastInput)}) {
            String xml = new String(blankSheet, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<c r=\"" + wanted.a1() + "\"[^>]*?(?:/>|>.*?</c>)").matcher(xml);
            assertThat(m.find()).as(wanted.a1()).isTrue();
            byte[] lacking = (xml.substring(0, m.start()) + xml.substring(m.end())).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> FilledSheet.fill(lacking, filling))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(wanted.toString());
        }
    }

    @Test
    void anEmptyHeaderTextLeavesItsCellAsItWas() {
        String filled = new String(FilledSheet.fill(blankSheet, Filling.header("湛河区信访局", null)), StandardCharsets.UTF_8);
        Map<String, String> blank = cellXml(new String(blankSheet, StandardCharsets.UTF_8));
        assertThat(cellXml(filled).get(TemplateLayout.cell(MetaKey.YEAR).a1())).isEqualTo(blank.get(TemplateLayout.cell(MetaKey.YEAR).a1()));
        assertThat(cellXml(filled).get(TemplateLayout.cell(MetaKey.AGENCY).a1()))
                .isEqualTo("<is><t xml:space=\"preserve\">湛河区信访局</t></is>");
    }

    @Test
    void fillsWithoutPoiOnTheClassPath() throws Exception {
        URL classes = FilledSheet.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> filling = isolated.loadClass(Filling.class.getName());
            Object header = filling.getMethod("header", String.class, Integer.class).invoke(null, "湛河区信访局", 2024);
            byte[] filled = (byte[]) isolated.loadClass(FilledSheet.class.getName()).getMethod("fill", byte[].class, filling)
                    .invoke(null, blankSheet, header);
            assertThat(filled).isEqualTo(FilledSheet.fill(blankSheet, Filling.header("湛河区信访局", 2024)));
        }
    }

    /** Address → cell type, formula, cached type, number, text and style index, for every cell of the data sheet. */
    private static Map<String, String> cells(XSSFWorkbook wb) {
        Map<String, String> cells = new TreeMap<>();
        XSSFSheet sheet = wb.getSheet(TemplateLayout.SHEET);
        sheet.forEach(row -> row.forEach(c -> cells.put(c.getAddress().formatAsString(), describe(c))));
        return cells;
    }

    private static String describe(Cell c) {
        boolean formula = c.getCellType() == CellType.FORMULA;
        CellType shown = formula ? c.getCachedFormulaResultType() : c.getCellType();
        String value = switch (shown) {
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case STRING -> "«" + c.getStringCellValue() + "»";
            default -> "";
        };
        return c.getCellType() + " " + (formula ? c.getCellFormula() : "") + " " + shown + " " + value + " s" + c.getCellStyle().getIndex();
    }

    /** "A1: expected → actual" for each address where the two disagree, a cell missing on one side included. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        Set<String> addresses = new TreeSet<>(expected.keySet());
        addresses.addAll(actual.keySet());
        return addresses.stream().filter(a -> !Objects.equals(expected.get(a), actual.get(a)))
                .map(a -> a + ": " + expected.get(a) + " → " + actual.get(a)).toList();
    }

    /** The XML with the cells of these addresses cut out. */
    private static String withoutCells(String xml, Map<CellAddress, ShownValue> cells) {
        StringBuilder sb = new StringBuilder();
        Matcher m = CELL.matcher(xml);
        int copied = 0;
        while (m.find()) {
            if (cells.containsKey(CellAddress.parse("'" + TemplateLayout.SHEET + "'!" + m.group(1)))) {
                sb.append(xml, copied, m.start());
                copied = m.end();
            }
        }
        return sb.append(xml.substring(copied)).toString();
    }

    private static Map<String, String> cellXml(String xml) {
        Map<String, String> cells = new HashMap<>();
        Matcher m = CELL.matcher(xml);
        while (m.find()) {
            cells.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return cells;
    }

    private static byte[] part(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Fixtures.stream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException("no part " + name);
    }

    /** A copy of the package with one part's bytes replaced. */
    private static byte[] replaced(byte[] xlsx, String name, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Fixtures.stream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? bytes : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
