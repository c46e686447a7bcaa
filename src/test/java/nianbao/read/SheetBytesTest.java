package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.consolidate.ReturnFiles;
import nianbao.model.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The byte scan of a worksheet gives exactly what StAX gives, or gives up. */
class SheetBytesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String TAIL = "</sheetData></worksheet>";

    /** Every cell of the first 60 rows and 20 columns, and a sparse set like a layout's. */
    private static final List<CellSet> WANTED = List.of(every(60, 20),
            CellSet.bySheet(List.of(new CellAddress("s", 0, 0), new CellAddress("s", 1, 2), new CellAddress("s", 2, 1),
                    new CellAddress("s", 3, 3))).get("s"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            numbers and shared strings | <row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="2"/></row>
            entities in text           | <row r="1"><c r="A1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &#x4E00;&#20108;&quot;&apos;</t></is></c></row>
            rich inline text, phonetic | <row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve"> 甲 </t></r><r><t>乙</t></r><rPh sb="0" eb="1"><t>ジ</t></rPh></is></c></row>
            shared formulas            | <row r="1"><c r="A1"><f t="shared" ref="A1:A4" si="0">B1+C1</f><v>3</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f>SUM(A1:A2)</f></c></row><row r="3"><c r="B3"><f t="shared" si="0"></f><v>1</v></c></row>
            rows and cells without r   | <row><c><v>1</v></c><c><v>2</v></c><c t="str"><f>A1&amp;B1</f><v>12</v></c></row><row><c/><c t="b"><v>1</v></c></row><row r="4"><c r="D4" t="e"><v>#DIV/0!</v></c></row>
            empty values and spaces    | <row r="1" spans="1:3">\\n  <c r="A1"><v></v></c> <c r="B1"><v/></c>\\t<c r="C1" t="d"><v>2024-01-01</v></c>\\n</row>
            wanted rows end early      | <row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row><row r="99"><c r="A99"><v>9</v></c></row>
            single quotes              | <row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1'><f t='shared' si='3' ref='B1:B2'>A1</f><v>0</v></c></row><row r='2'><c r='B2'><f t='shared' si='3'/></c></row>
            """)
    void plainSheetsScanAsStaxReadsThem(String name, String rows) throws Exception {
        byte[] xml = (HEAD + rows.replace("\\n", "\n").replace("\\t", "\t") + TAIL).getBytes(StandardCharsets.UTF_8);
        for (CellSet wanted : WANTED) {
            assertThat(scanned(xml, wanted)).as(name).isNotNull().isEqualTo(stax(xml, wanted));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a DTD                 | <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet><sheetData><row r="1"><c r="A1"><v>&x;</v></c></row></sheetData></worksheet>
            a comment             | <worksheet><sheetData><row r="1"><!-- note --><c r="A1"><v>1</v></c></row></sheetData></worksheet>
            CDATA                 | <worksheet><sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[1]]></v></c></row></sheetData></worksheet>
            prefixed elements     | <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>
            another encoding      | <?xml version="1.0" encoding="GBK"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>
            an unknown entity     | <worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData></worksheet>
            carriage return       | <worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a\\rb</v></c></row></sheetData></worksheet>
            element inside v      | <worksheet><sheetData><row r="1"><c r="A1"><v><b>1</b></v></c></row></sheetData></worksheet>
            two formulas          | <worksheet><sheetData><row r="1"><c r="A1"><f>1</f><f>2</f></c></row></sheetData></worksheet>
            text between cells    | <worksheet><sheetData><row r="1">x<c r="A1"><v>1</v></c></row></sheetData></worksheet>
            entity in a reference | <worksheet><sheetData><row r="1"><c r="&#65;1"><v>1</v></c></row></sheetData></worksheet>
            an extension in a row | <worksheet><sheetData><row r="1"><extLst/><c r="A1"><v>1</v></c></row></sheetData></worksheet>
            no sheetData element  | <worksheet><sheetData/></worksheet>
            """)
    void unusualSheetsAreLeftToStax(String name, String xml) throws Exception {
        byte[] bytes = xml.replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
        assertThat(scanned(bytes, WANTED.get(0))).as(name).isNull();
    }

    @Test
    void malformedUtf8IsLeftToStax() throws Exception {
        byte[] head = (HEAD + "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("</v></c></row>" + TAIL).getBytes(StandardCharsets.UTF_8);
        byte[] xml = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, xml, 0, head.length);
        xml[head.length] = (byte) 0xE4;
        xml[head.length + 1] = (byte) 'x';
        System.arraycopy(tail, 0, xml, head.length + 2, tail.length);
        assertThat(scanned(xml, WANTED.get(0))).isNull();
    }

    @TempDir
    static Path dir;

    static Stream<Path> workbooks() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ReturnFiles.write(dir.resolve("template.xlsx"), "某局 & <办公室>", "", 2024, "2025-01-15",
                Map.of("application.new.natural_person", BigDecimal.valueOf(7), "disclosure.fees.amount", new BigDecimal("12.50"))));
        try (Stream<Path> samples = Files.list(Path.of("samples/returns"))) {
            samples.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyWorksheetOfRealWorkbooksScansAsStaxReadsIt(Path file) throws Exception {
        Map<String, byte[]> parts = PackageParts.unzip(file);
        List<String> sheets = parts.keySet().stream().filter(n -> n.matches("xl/worksheets/sheet\\d+\\.xml")).toList();
        assertThat(sheets).as(file.toString()).isNotEmpty();
        for (String sheet : sheets) {
            for (CellSet wanted : WANTED) {
                assertThat(scanned(parts.get(sheet), wanted)).as(file + " " + sheet).isNotNull()
                        .isEqualTo(stax(parts.get(sheet), wanted));
            }
        }
    }

    private static Map<Long, RawCell> scanned(byte[] xml, CellSet wanted) throws Exception {
        SheetPart part = SheetPart.of("s", i -> "共享" + i, wanted);
        return SheetBytes.scan(xml, part) ? part.grid().cells() : null;
    }

    private static Map<Long, RawCell> stax(byte[] xml, CellSet wanted) throws Exception {
        return SheetPart.stax(xml, "s", i -> "共享" + i, wanted).cells();
    }

    private static CellSet every(int rows, int columns) {
        List<CellAddress> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells.add(new CellAddress("s", r, c));
            }
        }
        return CellSet.bySheet(cells).get("s");
    }
}
