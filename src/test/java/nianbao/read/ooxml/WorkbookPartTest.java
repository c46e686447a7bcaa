package nianbao.read.ooxml;

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
    void readsTheSheetsAndTheWorkbookLevelNames() throws Exception {
        WorkbookPart part = WorkbookPart.parse(workbook("'年报数据'!$C$3"));
        assertThat(part.names().formulas()).containsEntry("meta.agency", "'年报数据'!$C$3");
        assertThat(part.names().repeated()).isEmpty();
        assertThat(part.sheets()).containsEntry("年报数据", "rId1");
        assertThat(WorkbookPart.parse(workbook("'年报数据'!$C$3")).names()).isEqualTo(part.names());
        assertThat(WorkbookPart.parse(workbook("'年报数据'!$C$4")).names()).isNotEqualTo(part.names());
    }
}
