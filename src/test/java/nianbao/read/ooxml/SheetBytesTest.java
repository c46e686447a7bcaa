package nianbao.read.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nianbao.consolidate.ReturnFiles;
import nianbao.model.CellAddress;
import nianbao.read.CellSet;
import nianbao.read.RawCell;
import nianbao.testing.PackageParts;
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

    /** Every cell of the first 60 rows and 20 columns, a sparse set like a layout's, and every cell (null). */
    private static final List<CellSet> WANTED = Arrays.asList(every(60, 20),
            CellSet.bySheet(List.of(new CellAddress("s", 0, 0), new CellAddress("s", 1, 2), new CellAddress("s", 2, 1),
                    new CellAddress("s", 3, 3))).get("s"), null);

    /** A cell below the first row's: what is odd in a cell of row 1 is odd all the same when the cell is not wanted. */
    private static final CellSet OTHER_CELL = CellSet.bySheet(List.of(new CellAddress("s", 4, 4))).get("s");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            numbers and shared strings | <row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="2"/></row>
            entities in text           | <row r="1"><c r="A1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &#x4E00;&#20108;&quot;&apos;</t></is></c></row>
            rich inline text, phonetic | <row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve"> 甲 </t></r><r><t>乙</t></r><rPh sb="0" eb="1"><t>ジ</t></rPh></is></c></row>
            shared formulas            | <row r="1"><c r="A1"><f t="shared" ref="A1:A4" si="0">B1+C1</f><v>3</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f>SUM(A1:A2)</f></c></row><row r="3"><c r="B3"><f t="shared" si="0"></f><v>1</v></c></row>
            rows and cells without r   | <row><c><v>1</v></c><c><v>2</v></c><c t="str"><f>A1&amp;B1</f><v>12</v></c></row><row><c/><c t="b"><v>1</v></c></row><row r="4"><c r="D4" t="e"><v>#DIV/0!</v></c></row>
            every type Excel writes    | <row r="1"><c r="A1" t="n"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>x</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="d"><v>2024</v></c><c r="G1" t="inlineStr"><is><t>y</t></is></c><c r="H1" t="sx"><v>2</v></c><c r="I1" t=""><v>3</v></c></row>
            empty values and spaces    | <row r="1" spans="1:3">\\n  <c r="A1"><v></v></c> <c r="B1"><v/></c>\\t<c r="C1" t="d"><v>2024-01-01</v></c>\\n</row>
            wanted rows end early      | <row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row><row r="99"><c r="A99"><v>9</v></c></row>
            single quotes              | <row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1'><f t='shared' si='3' ref='B1:B2'>A1</f><v>0</v></c></row><row r='2'><c r='B2'><f t='shared' si='3'/></c></row>
            end tags with spaces       | <row r="1"><c r="A1" t="inlineStr"><is ><r><t>甲</t></r ></is ></c></row>
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
            a control character   | <worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a\u0001b</v></c></row></sheetData></worksheet>
            ]]> in text           | <worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row></sheetData></worksheet>
            an element not closed | <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></c></row></sheetData></worksheet>
            elements crossed      | <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></is></r></c></row></sheetData></worksheet>
            a repeated attribute  | <worksheet><sheetData><row r="1"><c r="A1" t="s" t="n"><v>1</v></c></row></sheetData></worksheet>
            an end tag's attribute| <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is x="1"></c></row></sheetData></worksheet>
            """)
    void unusualSheetsAreLeftToStax(String name, String xml) throws Exception {
        byte[] bytes = xml.replace("\\r", "\r").replace("\\u0001", "\u0001").getBytes(StandardCharsets.UTF_8);
        assertThat(scanned(bytes, WANTED.get(0))).as(name).isNull();
        assertThat(scanned(bytes, null)).as(name + ", every cell").isNull();
        assertThat(scanned(bytes, OTHER_CELL)).as(name + ", the cell not wanted").isNull();
    }

    /** Around the cells: what StAX reads to the end is scanned alike, anything else left to it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Excel's frame           | true  | <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\\r\\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r" xmlns:mc="urn:mc" mc:Ignorable="x14ac" xmlns:x14ac="urn:x14ac"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews> | <mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageSetup r:id="rId1"/><extLst><ext uri="{7}" xmlns:x14="urn:x14"><x14:slicerList><x14:slicer r:id="rId2"/></x14:slicerList></ext></extLst></worksheet>
            no declaration, BOM     | true  | \uFEFF<worksheet xmlns="urn:m"> | </worksheet>\\n
            single-quoted prolog    | true  | <?xml version='1.0' encoding='utf-8'?><worksheet xmlns='urn:m'> | <x:a xmlns:x='urn:x' x:b='1' /></worksheet>
            a broken tail           | false | <worksheet xmlns="urn:m"> | <mergeCells><broken
            a tail not closed       | false | <worksheet xmlns="urn:m"> | <mergeCells></mergeCells>
            tags crossed            | false | <worksheet xmlns="urn:m"><cols> | </worksheet></cols>
            an undeclared prefix    | false | <worksheet xmlns="urn:m"> | <pageSetup r:id="rId1"/></worksheet>
            a prefix out of scope   | false | <worksheet xmlns="urn:m"> | <a xmlns:x="urn:x"/><x:b/></worksheet>
            a repeated attribute    | false | <worksheet xmlns="urn:m"> | <a b="1" b="2"/></worksheet>
            attributes unspaced     | false | <worksheet xmlns="urn:m"> | <a b="1"c="2"/></worksheet>
            content after the root  | false | <worksheet xmlns="urn:m"> | </worksheet><more/>
            a second declaration    | false | <?xml version="1.0"?><?xml version="1.0"?><worksheet xmlns="urn:m"> | </worksheet>
            another XML version     | false | <?xml version="2.0"?><worksheet xmlns="urn:m"> | </worksheet>
            a bad standalone        | false | <?xml version="1.0" standalone="maybe"?><worksheet xmlns="urn:m"> | </worksheet>
            space before it         | false | \\n<?xml version="1.0"?><worksheet xmlns="urn:m"> | </worksheet>
            a comment in the tail   | false | <worksheet xmlns="urn:m"> | <!-- c --></worksheet>
            text in the tail        | true  | <worksheet xmlns="urn:m"> | <headerFooter><oddHeader>&amp;C第&#x9875;页 ]]</oddHeader></headerFooter><d prompt="甲&lt;乙"/></worksheet>
            an unknown entity       | false | <worksheet xmlns="urn:m"> | <a b="&nbsp;"/></worksheet>
            ]]> in tail text        | false | <worksheet xmlns="urn:m"> | <a>]]></a></worksheet>
            text outside the root   | false | <worksheet xmlns="urn:m"> | </worksheet>x
            text before the root    | false | x<worksheet xmlns="urn:m"> | </worksheet>
            malformed UTF-8 in tail | false | <worksheet xmlns="urn:m"> | <a b="\\xFF"/></worksheet>
            """)
    void theFrameOfAWholeSheetIsScannedOnlyWhenPlain(String name, boolean plain, String prolog, String tail) throws Exception {
        String rows = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
        byte[] xml = (unescape(prolog) + rows + unescape(tail)).getBytes(StandardCharsets.ISO_8859_1);
        Map<Long, RawCell> scanned = scanned(xml, null);
        if (plain) {
            assertThat(scanned).as(name).isNotNull().isEqualTo(stax(xml, null));
        } else {
            assertThat(scanned).as(name).isNull();
        }
    }

    /** The text with \\r and \\n, a BOM and \\xFF as written, encoded in UTF-8 but for \\xFF; as ISO-8859-1 characters. */
    private static String unescape(String s) {
        String utf8 = new String(s.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        return utf8.replace("\\xFF", "\u00FF");
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
        assertThat(scanned(xml, OTHER_CELL)).isNull();
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
        boolean plain = wanted == null ? SheetBytes.scanEvery(xml, part) : SheetBytes.scan(xml, part);
        return plain ? part.grid().cells() : null;
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
