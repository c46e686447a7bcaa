package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkbookPartTest {

    private static byte[] workbook(String refersTo) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="年报数据" sheetId="1" r:id="rId1"/></sheets>
                <definedNames><definedName name="meta.agency">%s</definedName></definedNames></workbook>"""
                .formatted(refersTo)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteIdenticalPartIsParsedOnceAndADifferentOneAnew() throws Exception {
        WorkbookPart first = WorkbookPart.parse(workbook("'年报数据'!$C$3"));
        WorkbookPart again = WorkbookPart.parse(workbook("'年报数据'!$C$3"));
        WorkbookPart other = WorkbookPart.parse(workbook("'年报数据'!$C$4"));
        assertThat(again).isSameAs(first);
        assertThat(first.names()).containsEntry("meta.agency", "'年报数据'!$C$3");
        assertThat(other.names()).containsEntry("meta.agency", "'年报数据'!$C$4");
        assertThat(other.sheets()).containsEntry("年报数据", "rId1");
    }
}
