package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.form.Applicant;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.form.Section;
import nianbao.model.Return;

/**
 * Finds the three tables in a published report by their printed labels and reads their numbers into
 * the form's keys. The one locator for every source: it sees only {@link PrintedRow}s.
 */
public final class Locator {

    /** The fewest numbers a row must carry to be taken for the one value row of table 四. */
    private static final int REVIEW_ROW_MIN = 5;

    private final PrintedReport report;
    private final Readings readings;

    private Locator(PrintedReport report) {
        this.report = report;
        this.readings = new Readings();
    }

    /** Reads the values, the agency and the year of a published report. */
    public static Extraction locate(PrintedReport report) {
        return new Locator(report).run();
    }

    private Extraction run() {
        List<PrintedRow> rows = report.rows();
        ReportFormat format = ReportFormat.detect(text(region(Section.DISCLOSURE)));
        readDisclosure(format);
        readApplication();
        readReview();
        Map<MetaKey, String> meta = TitleReader.read(rows);
        Return read = new Return(report.source(), meta, readings.values(), Map.of(), readings.findings());
        return new Extraction(read, format, readings.notes());
    }

    // ---- table 二

    private void readDisclosure(ReportFormat format) {
        List<PrintedRow> region = region(Section.DISCLOSURE);
        List<String> labels = Arrays.stream(DisclosureItem.values()).map(DisclosureItem::label).toList();
        Aligned aligned = Aligned.of(region, labels);
        if (format == ReportFormat.F2019) {
            readLegacyDisclosure(aligned);
            return;
        }
        for (DisclosureItem item : DisclosureItem.values()) {
            List<Field> fields = item.columnKeys().stream().map(c -> Form.disclosure(item, c)).toList();
            readRow(fields, aligned.rowOf(item.ordinal()), aligned.wrapped(item.ordinal(), fields.size()));
        }
    }

    private void readLegacyDisclosure(Aligned aligned) {
        List<String> legacy = new ArrayList<>();
        for (PrintedRow row : aligned.valueRows()) {
            legacy.add("「" + row.label().replace(" ", "") + "」" + String.join("、", row.valueCells()));
        }
        String printed = legacy.isEmpty() ? "" : "（表中印的是：" + String.join("；", legacy) + "）";
        readings.note("本报告第二部分采用2019年试行表式，栏目与2021年表式不同，其数字作为旧表式数值列出，未计入2021年表式的栏目" + printed);
        for (DisclosureItem item : DisclosureItem.values()) {
            for (String column : item.columnKeys()) {
                readings.missing(Form.disclosure(item, column), "本报告采用2019年试行表式，没有这一栏目，未取值" + printed);
            }
        }
    }

    // ---- table 三

    private void readApplication() {
        List<PrintedRow> region = region(Section.APPLICATION);
        List<String> full = Arrays.stream(MatrixRow.values()).map(MatrixRow::label).toList();
        Aligned official = Aligned.of(region, full);
        Aligned oneOther = Aligned.of(region, singleOtherLabels());
        if (oneOther.score() > official.score()) {
            readSingleOther(oneOther);
            return;
        }
        for (MatrixRow row : MatrixRow.values()) {
            readRow(matrixFields(row), official.rowOf(row.ordinal()), official.wrapped(row.ordinal(), Applicant.values().length));
        }
    }

    /** The printed labels when (六)其他处理 is one row: its group label stands in for its three rows. */
    private static List<String> singleOtherLabels() {
        List<String> labels = new ArrayList<>();
        for (MatrixRow row : MatrixRow.values()) {
            if (row == MatrixRow.OTHER_OTHER) {
                labels.add(groupLabel(row));
            } else if (!isOtherDetail(row)) {
                labels.add(row.label());
            }
        }
        return labels;
    }

    private void readSingleOther(Aligned aligned) {
        readings.note("本报告第三部分将「" + groupLabel(MatrixRow.OTHER_OTHER) + "」印为一行，其数字计入「"
                + MatrixRow.OTHER_OTHER.label() + "」，另两行按0计");
        int label = 0;
        for (MatrixRow row : MatrixRow.values()) {
            if (isOtherDetail(row)) {
                matrixFields(row).forEach(f -> readings.notPrinted(f,
                        "本报告将「" + groupLabel(row) + "」印为一行，未分列此行，按0计"));
            } else {
                readRow(matrixFields(row), aligned.rowOf(label), aligned.wrapped(label, Applicant.values().length));
                label++;
            }
        }
    }

    private static boolean isOtherDetail(MatrixRow row) {
        return row == MatrixRow.OTHER_NO_CORRECTION || row == MatrixRow.OTHER_UNPAID_FEE;
    }

    private static String groupLabel(MatrixRow row) {
        return row.labels().get(row.labels().size() - 2);
    }

    private static List<Field> matrixFields(MatrixRow row) {
        return Arrays.stream(Applicant.values()).map(c -> Form.matrix(row, c)).toList();
    }

    // ---- table 四

    private void readReview() {
        List<Field> fields = new ArrayList<>();
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                fields.add(Form.review(group, outcome));
            }
        }
        List<PrintedRow> region = region(Section.REVIEW);
        for (int i = 0; i < region.size(); i++) {
            if (region.get(i).valueCells().stream().filter(PrintedNumber::isNumber).count() >= REVIEW_ROW_MIN) {
                readRow(fields, region.get(i), digitsWrap(region, i, fields.size()));
                return;
            }
        }
        readRow(fields, null);
    }

    // ---- shared

    /** Reads a row's value cells into fields in printed order; a missing or unclear row makes them all missing. */
    private void readRow(List<Field> fields, PrintedRow row) {
        readRow(fields, row, false);
    }

    private void readRow(List<Field> fields, PrintedRow row, boolean wrapped) {
        if (row == null) {
            fields.forEach(f -> readings.missing(f, "报告中找不到这一行（或这一行没有数字），未取值"));
            return;
        }
        List<String> cells = row.valueCells();
        if (wrapped) {
            String why = "这一行旁边另有一行零散数字（" + String.join(" ", cells) + "），数字可能在单元格内折行，"
                    + "无法确定各数字的完整写法，未取值，请核对原文";
            fields.forEach(f -> readings.missing(f, why));
            return;
        }
        if (cells.size() != fields.size()) {
            String why = "这一行印出 " + cells.size() + " 个数字（" + String.join(" ", cells) + "），应为 "
                    + fields.size() + " 个：数字可能连在一起或缺了一格，无法确定各属哪一列，未取值，请核对原文";
            fields.forEach(f -> readings.missing(f, why));
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            readings.read(fields.get(i), cells.get(i));
        }
    }

    /** The rows of a table: from its heading to the next table's heading (or the whole report without one). */
    private List<PrintedRow> region(Section section) {
        List<PrintedRow> rows = report.rows();
        int start = heading(section);
        int end = rows.size();
        for (Section later : Section.values()) {
            int h = heading(later);
            if (later.ordinal() > section.ordinal() && h > start && h < end) {
                end = h;
            }
        }
        return rows.subList(Math.max(start, 0), end);
    }

    private int heading(Section section) {
        String wanted = Labels.normalize(section.heading());
        List<PrintedRow> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (Labels.normalize(rows.get(i).text()).replaceFirst("^[#>*]+", "").startsWith(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the text row at {@code index} has, right above or below it, a row of fewer bare numbers
     * than the table is wide: digits wrapped inside their cells, so no number can be trusted.
     */
    static boolean digitsWrap(List<PrintedRow> region, int index, int width) {
        return !region.get(index).exact() && (strayDigits(region, index - 1, width) || strayDigits(region, index + 1, width));
    }

    private static boolean strayDigits(List<PrintedRow> region, int index, int width) {
        if (index < 0 || index >= region.size()) {
            return false;
        }
        PrintedRow row = region.get(index);
        return !row.exact() && row.label().isEmpty() && row.hasValues() && row.valueCells().size() < width;
    }

    private static String text(List<PrintedRow> rows) {
        return rows.stream().map(PrintedRow::text).collect(Collectors.joining(" "));
    }

    /** The value rows of a region paired with a list of labels. */
    private record Aligned(List<PrintedRow> region, List<Integer> at, RowAligner.Pairing pairing) {

        static Aligned of(List<PrintedRow> region, List<String> labels) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < region.size(); i++) {
                if (isValueRow(region.get(i))) {
                    at.add(i);
                }
            }
            List<String> contexts = new ArrayList<>();
            for (int k = 0; k < at.size(); k++) {
                int from = k == 0 ? 0 : at.get(k - 1) + 1;
                int to = k + 1 < at.size() ? at.get(k + 1) : region.size();
                StringBuilder context = new StringBuilder();
                for (int i = from; i < to; i++) {
                    PrintedRow r = region.get(i);
                    context.append(i == at.get(k) || !isValueRow(r) ? r.label() : "").append(' ');
                }
                contexts.add(context.toString());
            }
            return new Aligned(region, List.copyOf(at), new RowAligner(labels).align(contexts));
        }

        private static boolean isValueRow(PrintedRow row) {
            return row.exact() ? !row.valueCells().isEmpty() : row.hasValues();
        }

        double score() {
            return pairing.score();
        }

        List<PrintedRow> valueRows() {
            return at.stream().map(region::get).toList();
        }

        PrintedRow rowOf(int label) {
            int i = pairing.rowOfLabel()[label];
            return i < 0 ? null : region.get(at.get(i));
        }

        /** Whether the row paired with a label has stray wrapped digits beside it. */
        boolean wrapped(int label, int width) {
            int i = pairing.rowOfLabel()[label];
            return i >= 0 && digitsWrap(region, at.get(i), width);
        }
    }
}
