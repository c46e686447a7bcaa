package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterFileTest {

    private static final String CSV = "单位名称,统一社会信用代码,分组\r\n\"甲局, 本级\",11110000000000000X,本级部门\r\n乙镇,,乡镇街道\r\n丙区,,\r\n,,\r\n";
    private static final List<Roster.Member> EXPECTED = List.of(
            new Roster.Member("甲局, 本级", "11110000000000000X", "本级部门"),
            new Roster.Member("乙镇", "", "乡镇街道"),
            new Roster.Member("丙区", "", ""));

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBom() throws Exception {
        Path file = Files.writeString(dir.resolve("名册.csv"), "\uFEFF" + CSV, StandardCharsets.UTF_8);
        assertThat(RosterFile.read(file).members()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void readsUtf16WithItsByteOrderMarkAsNotepadSavesUnicode() throws Exception {
        Path file = Files.writeString(dir.resolve("名册.csv"), "\uFEFF" + CSV, StandardCharsets.UTF_16LE);
        assertThat(RosterFile.read(file).members()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void readsGbkAsExcelSavesItOnChineseWindows() throws Exception {
        Path file = Files.writeString(dir.resolve("名册.csv"), CSV, Charset.forName("GBK"));
        assertThat(RosterFile.read(file).members()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithATitleAboveTheHeader() throws Exception {
        Path file = dir.resolve("名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("名册");
            sheet.createRow(0).createCell(0).setCellValue("2024年度报送单位名册");
            String[][] rows = {{"分组", "单位名称", "统一社会信用代码"}, {"本级部门", "甲局, 本级", "11110000000000000X"},
                {"乡镇街道", "乙镇", ""}, {"", "丙区", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        assertThat(RosterFile.read(file).members()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void aRosterWithoutTheNameColumnIsRefusedNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("名册.csv"), "名称,代码\n甲,1\n");
        assertThatThrownBy(() -> RosterFile.read(file)).isInstanceOf(RosterException.class)
                .hasMessageContaining("名册.csv").hasMessageContaining("单位名称");
    }

    @Test
    void matchesByCodeFirstThenByNameButNotAcrossDifferentCodes() {
        Roster roster = new Roster(EXPECTED);
        assertThat(roster.find("甲局（旧名）", "11110000000000000X")).hasValue(EXPECTED.get(0));
        assertThat(roster.find(" 乙　镇 ", "")).hasValue(EXPECTED.get(1));
        assertThat(roster.find("别名", "１１１１0000000000000x ")).hasValue(EXPECTED.get(0));
        assertThat(roster.find("甲局, 本级", "99990000000000000X")).isEmpty();
        assertThat(roster.groups()).containsExactly("本级部门", "乡镇街道", Roster.NO_GROUP);
    }
}
