package nianbao.consolidate;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sheet nianbao adds prints: A4 in an orientation, scaled to the page width (or to one whole
 * page) or by a fixed percentage, the rows and columns repeated on every page, and a footer naming the
 * consolidating body, the sheet and the page (第 1 页，共 3 页). Written as the worksheet's SpreadsheetML
 * in ECMA-376's order.
 *
 * @param landscape whether the page lies on its long side
 * @param fitToWidth whether the columns shrink to one page wide (pages run down as needed)
 * @param onePage whether the whole sheet shrinks to one page
 * @param scale the printed size in percent when not fitted
 * @param titleRows how many top rows repeat on every page
 * @param titleColumns how many left columns repeat on every page
 */
record PageSetup(boolean landscape, boolean fitToWidth, boolean onePage, int scale, int titleRows, int titleColumns) {

    /** The page margins in inches: narrow at the sides, room for the footer at the bottom. */
    private static final String MARGINS =
            "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";
    private static final Pattern ODD_FOOTER = Pattern.compile("<oddFooter>([^<]*)</oddFooter>");
    /** The paper: A4 (ECMA-376 paper size 9). */
    private static final int A4 = 9;

    PageSetup {
        if (scale < 10 || scale > 400) {
            throw new IllegalArgumentException("a print scale is 10 to 400 percent: " + scale);
        }
    }

    /** Scaled to the page width, {@code titleRows} repeated on every page. */
    static PageSetup fitToWidth(boolean landscape, int titleRows) {
        return new PageSetup(landscape, true, false, 100, titleRows, 0);
    }

    /** The whole sheet scaled to one page. */
    static PageSetup onePage(boolean landscape) {
        return new PageSetup(landscape, true, true, 100, 0, 0);
    }

    /** The worksheet's first element: the properties that make Excel fit the sheet to the page ({@code <sheetPr>}), or "". */
    String properties() {
        return fitToWidth || onePage ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "";
    }

    /**
     * The elements after the rows, autofilter and merged cells: print options, margins, page setup and
     * the footer naming {@code agency}.
     */
    String tail(String agency) {
        String fit = onePage ? " fitToWidth=\"1\" fitToHeight=\"1\"" : fitToWidth ? " fitToWidth=\"1\" fitToHeight=\"0\"" : " scale=\"" + scale + "\"";
        return "<printOptions horizontalCentered=\"1\"/>" + MARGINS + "<pageSetup paperSize=\"" + A4 + "\"" + fit
                + " orientation=\"" + (landscape ? "landscape" : "portrait") + "\"/>"
                + "<headerFooter><oddFooter>" + xml(footer(agency)) + "</oddFooter></headerFooter>";
    }

    /**
     * The footer in the codes of ECMA-376 §18.3.1.39: the consolidating body on the left, the sheet's name
     * in the middle, 第 N 页，共 M 页 on the right; an ampersand of the body's name doubled so that it prints.
     */
    static String footer(String agency) {
        String body = agency == null ? "" : agency.strip().replace("&", "&&");
        return "&L" + body + "&C&A&R第 &P 页，共 &N 页";
    }

    /**
     * A worksheet's bytes with the text of its footer ({@code <oddFooter>}, which it must have) replaced by
     * {@link #footer}: 汇总, whose footer the template gives without a consolidating body.
     */
    static byte[] withFooter(byte[] sheet, String agency) {
        String xml = new String(sheet, StandardCharsets.UTF_8);
        Matcher m = ODD_FOOTER.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("汇总表底稿的工作表没有页脚");
        }
        return (xml.substring(0, m.start(1)) + xml(footer(agency)) + xml.substring(m.end(1))).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The defined name that repeats the title rows and columns of sheet {@code name}, the
     * {@code index}-th of the workbook, or "" when nothing repeats.
     */
    String printTitles(String name, int index) {
        if (titleRows == 0 && titleColumns == 0) {
            return "";
        }
        String sheet = "'" + name.replace("'", "''") + "'!";
        String columns = titleColumns == 0 ? "" : sheet + "$A:$" + SheetRows.column(titleColumns - 1);
        String rows = titleRows == 0 ? "" : sheet + "$1:$" + titleRows;
        String ref = columns.isEmpty() ? rows : rows.isEmpty() ? columns : columns + "," + rows;
        return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + index + "\">" + xml(ref) + "</definedName>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "?");
    }
}
