package nianbao.consolidate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nianbao.form.ConsolidatedLayout;

/**
 * One chart of 图表 as a DrawingML chart part: a bar or pie chart of one series over two columns of the
 * sheet's table, with the table's values cached in it, anchored from column G to column Q between two rows.
 */
record Chart(Kind kind, String title, Series series, int fromRow, int toRow) {

    /** The zero-based columns a chart spans, as POI anchored them: G (6) to Q (16). */
    static final int FROM_COLUMN = 6;
    static final int TO_COLUMN = 16;

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String HEAD = WorkbookPackage.DECLARATION
            + "<c:chartSpace xmlns:c=\"" + CHART_NS + "\""
            + " xmlns:a=\"" + DRAWING_NS + "\"><c:roundedCorners val=\"0\"/><c:chart>";
    /** Office's default accent colours. */
    private static final List<String> PALETTE = List.of("4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47");
    private static final String TAIL = "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>";

    /** The chart types drawn, with the markup around their series. */
    enum Kind {
        /** Horizontal bars, categories on the left axis, values on the bottom one. */
        BAR("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>",
                "<c:gapWidth val=\"150\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                        + "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
                        + "<c:axPos val=\"l\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
                        + "<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
                        + "<c:lblOffset val=\"100\"/><c:tickLblSkip val=\"1\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
                        + "<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
                        + "<c:axPos val=\"b\"/><c:majorGridlines/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>"
                        + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
                        + "<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>",
                ""),
        /** A pie, one slice per category, with the legend on the right. */
        PIE("<c:pieChart><c:varyColors val=\"1\"/>", "<c:firstSliceAng val=\"0\"/></c:pieChart>",
                "<c:legend><c:legendPos val=\"r\"/><c:overlay val=\"0\"/></c:legend>");

        private final String open;
        private final String close;
        private final String legend;

        Kind(String open, String close, String legend) {
            this.open = open;
            this.close = close;
            this.legend = legend;
        }

        /**
         * The series' colours, given outright (not left to the theme, which LibreOffice then draws as no
         * fill): one colour for the bars, one per slice of a pie; and every point's value written on it
         * (a pie's with its share).
         */
        String look(int points) {
            return switch (this) {
                case BAR -> fill(PALETTE.get(0)) + "<c:invertIfNegative val=\"0\"/>" + labels("outEnd", false);
                case PIE -> IntStream.range(0, points).mapToObj(i -> "<c:dPt><c:idx val=\"" + i + "\"/><c:bubble3D val=\"0\"/>"
                        + fill(PALETTE.get(i % PALETTE.size())) + "</c:dPt>").collect(Collectors.joining()) + labels("bestFit", true);
            };
        }

        /** Data labels showing each point's value (and share), at {@code position}. */
        private static String labels(String position, boolean percent) {
            return "<c:dLbls><c:dLblPos val=\"" + position + "\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
                    + "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"" + (percent ? 1 : 0) + "\"/>"
                    + "<c:showBubbleSize val=\"0\"/>" + (percent ? "<c:separator>；</c:separator>" : "") + "</c:dLbls>";
        }

        private static String fill(String rgb) {
            return "<c:spPr><a:solidFill><a:srgbClr val=\"" + rgb + "\"/></a:solidFill>"
                    + "<a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr>";
        }
    }

    /**
     * Two adjacent columns of the table: text labels in {@code column} under {@code heading}, numbers in
     * the next column under {@code name}, which also names the series. Data rows start at row 2.
     */
    record Series(String heading, String name, int column, List<String> labels, List<BigDecimal> values) {
        Series {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
            }
        }

        int size() {
            return labels.size();
        }

        /** The labels' cells, e.g. {@code '图表'!$A$2:$A$15}. */
        String labelRange() {
            return range(column);
        }

        /** The values' cells, e.g. {@code '图表'!$B$2:$B$15}. */
        String valueRange() {
            return range(column + 1);
        }

        private String range(int c) {
            String col = SheetRows.column(c);
            String sheet = "'" + ConsolidatedLayout.CHARTS.replace("'", "''") + "'!";
            return sheet + "$" + col + "$2:$" + col + "$" + (1 + size());
        }
    }

    Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (series.size() == 0) {
            throw new IllegalArgumentException("a chart of no values: " + title);
        }
    }

    /** The chart part's bytes ({@code xl/charts/chartN.xml}). */
    byte[] xml() {
        return write(out -> {
            out.raw(HEAD);
            title(out);
            out.raw("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>");
            out.raw(kind.open);
            series(out);
            out.raw(kind.close);
            out.raw("</c:plotArea>");
            out.raw(kind.legend);
            out.raw(TAIL);
        });
    }

    /** The drawing part's bytes: one two-cell anchor per chart, the i-th showing the chart of relationship rId(i+1). */
    static byte[] drawing(List<Chart> charts) {
        return write(out -> {
            out.raw(WorkbookPackage.DECLARATION
                    + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                    + " xmlns:a=\"" + DRAWING_NS + "\""
                    + " xmlns:c=\"" + CHART_NS + "\""
                    + " xmlns:r=\"" + WorkbookPackage.RELATIONSHIPS + "\">");
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).anchor(out, i + 1);
            }
            out.raw("</xdr:wsDr>");
        });
    }

    private void anchor(SheetRows out, int n) throws IOException {
        out.raw("<xdr:twoCellAnchor editAs=\"twoCell\">" + corner("from", FROM_COLUMN, fromRow) + corner("to", TO_COLUMN, toRow)
                + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"" + (n + 1) + "\" name=\"图表 " + n + "\"/>"
                + "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>"
                + "<a:graphic><a:graphicData uri=\"" + CHART_NS + "\">"
                + "<c:chart r:id=\"rId" + n + "\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
    }

    private static String corner(String tag, int column, int row) {
        return "<xdr:" + tag + "><xdr:col>" + column + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + row
                + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:" + tag + ">";
    }

    private void title(SheetRows out) throws IOException {
        out.raw("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1400\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"zh-CN\" sz=\"1400\" b=\"1\"/><a:t>");
        out.text(title);
        out.raw("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
    }

    private void series(SheetRows out) throws IOException {
        out.raw("<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>");
        out.text(series.name());
        out.raw("</c:v></c:tx>" + kind.look(series.size()) + "<c:cat><c:strRef><c:f>");
        out.text(series.labelRange());
        out.raw("</c:f><c:strCache>");
        points(out, series.labels());
        out.raw("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>");
        out.text(series.valueRange());
        out.raw("</c:f><c:numCache><c:formatCode>General</c:formatCode>");
        points(out, series.values().stream().map(BigDecimal::toPlainString).toList());
        out.raw("</c:numCache></c:numRef></c:val></c:ser>");
    }

    private static void points(SheetRows out, List<String> texts) throws IOException {
        out.raw("<c:ptCount val=\"" + texts.size() + "\"/>");
        for (int i = 0; i < texts.size(); i++) {
            out.raw("<c:pt idx=\"" + i + "\"><c:v>");
            out.text(texts.get(i));
            out.raw("</c:v></c:pt>");
        }
    }

    /** Writes markup and escaped text into memory. */
    @FunctionalInterface
    interface Markup {
        void write(SheetRows out) throws IOException;
    }

    /** The bytes of a part made by {@code markup}. */
    static byte[] write(Markup markup) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SheetRows out = new SheetRows(bytes);
        try {
            markup.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }
}
