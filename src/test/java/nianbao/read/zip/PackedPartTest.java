package nianbao.read.zip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.read.DefinedNames;
import nianbao.read.LayoutCache;
import nianbao.read.ooxml.OoxmlBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A part is recognised by its stored bytes, method and CRC; the workbook of a known part is not parsed again. */
class PackedPartTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same bytes, method and CRC | abc  | 8 | 1 | true
            other bytes                | abd  | 8 | 1 | false
            longer bytes               | abcd | 8 | 1 | false
            other method               | abc  | 0 | 1 | false
            other CRC                  | abc  | 8 | 2 | false
            """)
    void partsStoredAlikeAreTheSame(String name, String bytes, int method, long crc, boolean same) {
        byte[] padded = ("xx" + bytes + "yy").getBytes(StandardCharsets.US_ASCII);
        PackedPart part = new PackedPart(padded, 2, bytes.length(), method, crc);
        PackedPart reference = new PackedPart("abc".getBytes(StandardCharsets.US_ASCII), 0, 3, 8, 1);
        assertThat(part.sameAs(reference)).isEqualTo(same);
        assertThat(part.copy().sameAs(reference)).isEqualTo(same);
    }

    @Test
    void aCopyIsAKeyEqualOnlyToAPartStoredAlike() {
        byte[] bytes = "abcdef".getBytes(StandardCharsets.US_ASCII);
        PackedPart copy = new PackedPart(bytes, 0, 3, 8, 7).copy();
        bytes[0] = 'x';
        PackedPart alike = new PackedPart("abc".getBytes(StandardCharsets.US_ASCII), 0, 3, 8, 7);
        assertThat(copy).isEqualTo(alike).hasSameHashCodeAs(alike);
        assertThat(copy).isNotEqualTo(new PackedPart(bytes, 0, 3, 8, 7));
    }

    @Test
    void aWorkbookPartStoredAlikeIsRecognisedAndAnotherParsed() throws Exception {
        LayoutCache cache = new LayoutCache();
        DefinedNames first = names(book("'年报数据'!$C$3"), cache);
        DefinedNames again = names(book("'年报数据'!$C$3"), cache);
        DefinedNames other = names(book("'年报数据'!$C$4"), cache);
        assertThat(again).isSameAs(first);
        assertThat(first.formulas()).containsEntry("meta.agency", "'年报数据'!$C$3");
        assertThat(other.formulas()).containsEntry("meta.agency", "'年报数据'!$C$4");
        assertThat(names(book("'年报数据'!$C$3"), new LayoutCache())).isNotSameAs(first).isEqualTo(first);
    }

    private static DefinedNames names(byte[] xlsx, LayoutCache cache) throws Exception {
        try (ZipParts zip = ZipParts.open(Path.of("t.xlsx"), xlsx); OoxmlBook book = OoxmlBook.open("t.xlsx", zip, cache)) {
            assertThat(zip.packed("xl/workbook.xml")).isNotNull();
            return book.names();
        }
    }

    private byte[] book(String refersTo) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="年报数据" sheetId="1" r:id="rId1"/></sheets>
                <definedNames><definedName name="meta.agency">%s</definedName></definedNames></workbook>"""
                .formatted(refersTo));
        parts.put("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
                 Target="worksheets/sheet1.xml"/></Relationships>""");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.write(dir.resolve("t.xlsx"), bytes.toByteArray());
        return bytes.toByteArray();
    }
}
