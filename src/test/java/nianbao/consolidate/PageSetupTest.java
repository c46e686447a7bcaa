package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The print setup of the sheets nianbao adds, as SpreadsheetML. */
class PageSetupTest {

    @Test
    void theFooterNamesTheBodyTheSheetAndThePageWithAnAmpersandDoubled() {
        assertThat(PageSetup.footer("甲&乙区")).isEqualTo("&L甲&&乙区&C&A&R第 &P 页，共 &N 页");
        assertThat(PageSetup.footer(null)).isEqualTo("&L&C&A&R第 &P 页，共 &N 页");
    }

    @Test
    void theTailIsInSchemaOrderAndEscaped() {
        String tail = PageSetup.fitToWidth(true, 1).tail("<区>");

        assertThat(tail).startsWith("<printOptions").containsSubsequence("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter>")
                .contains("paperSize=\"9\"", "fitToWidth=\"1\" fitToHeight=\"0\"", "orientation=\"landscape\"", "&amp;L&lt;区&gt;&amp;C");
        assertThat(PageSetup.onePage(false).tail("")).contains("fitToWidth=\"1\" fitToHeight=\"1\"", "orientation=\"portrait\"");
        assertThat(new PageSetup(true, false, false, 70, 3, 1).tail("")).contains("scale=\"70\"").doesNotContain("fitToWidth");
    }

    @Test
    void fittedSheetsSayItInTheirPropertiesAndScaledOnesDoNot() {
        assertThat(PageSetup.fitToWidth(false, 0).properties()).isEqualTo("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        assertThat(new PageSetup(true, false, false, 70, 3, 1).properties()).isEmpty();
    }

    @Test
    void printTitlesNameTheSheetQuotedAndItsRowsAndColumns() {
        assertThat(new PageSetup(true, false, false, 70, 3, 1).printTitles("明细", 1))
                .isEqualTo("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'明细'!$A:$A,'明细'!$1:$3</definedName>");
        assertThat(PageSetup.fitToWidth(true, 1).printTitles("O'Brien", 3)).contains("'O''Brien'!$1:$1").doesNotContain("$A:");
        assertThat(PageSetup.onePage(true).printTitles("图表", 6)).isEmpty();
    }

    @Test
    void theSummarysFooterIsReplacedAndASheetWithoutOneIsRefused() {
        byte[] sheet = "<worksheet><headerFooter><oddFooter>&amp;C&amp;A</oddFooter></headerFooter></worksheet>".getBytes(StandardCharsets.UTF_8);

        assertThat(new String(PageSetup.withFooter(sheet, "湛河区"), StandardCharsets.UTF_8))
                .isEqualTo("<worksheet><headerFooter><oddFooter>&amp;L湛河区&amp;C&amp;A&amp;R第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>");
        assertThatThrownBy(() -> PageSetup.withFooter("<worksheet/>".getBytes(StandardCharsets.UTF_8), "湛河区"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(List.of(10, 400)).allSatisfy(s -> new PageSetup(true, false, false, s, 0, 0));
        assertThatThrownBy(() -> new PageSetup(true, false, false, 5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
