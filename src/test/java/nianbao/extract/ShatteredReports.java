package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.form.Applicant;
import nianbao.form.DisclosureGroup;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.form.Section;

/**
 * Published reports with random numbers, printed the ways real reports are (text lines, Markdown tables,
 * a crawler's run-together text) and shattered the ways real converters shatter them: labels detached
 * from their rows, wrapped over lines, dropped or displaced, group labels as extra cells, page footers
 * inside tables, numbers run together, digits wrapped in narrow cells, empty cells added after a row,
 * cells left blank. The numbers balance as published tables do.
 */
final class ShatteredReports {

    /** How a report is printed. */
    enum Printing {
        TEXT_LINES, MARKDOWN, CRAWLER
    }

    /** A printed report and the numbers it prints (a blank cell's key absent). */
    record Printed(String text, Map<String, BigDecimal> values) {
    }

    /** One row of a table: its label path (outermost first, those printed on this row) and its cells ("" blank). */
    private record Line(List<String> labels, List<String> numbers) {
        boolean carriesNumbers() {
            return !numbers.isEmpty();
        }
    }

    /** The shortest piece of a wrapped label: a column narrow enough to wrap still holds a few characters. */
    private static final int WRAP_PIECE = 4;

    private final Random random;
    private final Printing printing;
    private final Map<String, BigDecimal> values;
    private final Set<String> blank = new HashSet<>();

    /** How a crawler prints each table's numbers: 0 run together, 1 one space apart, 2 now one, now the other. */
    private final Map<Section, Integer> crawlerStyle = new java.util.EnumMap<>(Section.class);

    private ShatteredReports(Random random, Printing printing) {
        this.random = random;
        this.printing = printing;
        for (Section s : Section.values()) {
            crawlerStyle.put(s, random.nextInt(3));
        }
        this.values = balanced();
    }

    /**
     * Whether a blank cell shows where it is printed. A crawler's run of digits loses it without a trace
     * (a row of digits is then read as if every cell were printed), so blanks go only where spaces show.
     */
    private boolean showsBlank(Field f) {
        return printing != Printing.CRAWLER || crawlerStyle.get(f.section()) == 1;
    }

    /** A random report, printed and shattered. */
    static Printed of(Random random, Printing printing) {
        ShatteredReports r = new ShatteredReports(random, printing);
        String text = r.print();
        Map<String, BigDecimal> printed = new LinkedHashMap<>(r.values);
        r.blank.forEach(printed::remove);
        return new Printed(text, printed);
    }

    // ---- numbers

    private Map<String, BigDecimal> balanced() {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                inputs.put(f.key(), f.key().equals("disclosure.fees.amount")
                        ? BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)) : count());
            }
        }
        for (int n = random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0; n > 0; n--) {
            Field f = Form.fields().get(random.nextInt(Form.SIZE));
            if (!showsBlank(f)) {
                continue;
            }
            blank.add(f.key());
            if (f.isInput()) {
                inputs.put(f.key(), BigDecimal.ZERO);
            }
        }
        Map<String, BigDecimal> all = Form.withTotals(inputs);
        for (Applicant col : Applicant.inputs()) {
            BigDecimal total = all.get(Form.matrix(MatrixRow.TOTAL, col).key());
            BigDecimal forward = all.get(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key());
            BigDecimal over = BigDecimal.valueOf(random.nextInt(total.add(forward).intValue() + 1));
            if (blank.contains(Form.matrix(MatrixRow.CARRIED_OVER, col).key())) {
                over = BigDecimal.ZERO;
            }
            String fresh = Form.matrix(MatrixRow.NEW, col).key();
            inputs.put(Form.matrix(MatrixRow.CARRIED_OVER, col).key(), over);
            inputs.put(fresh, blank.contains(fresh) ? BigDecimal.ZERO : total.add(forward).subtract(over));
        }
        return Form.withTotals(inputs);
    }

    private BigDecimal count() {
        int p = random.nextInt(100);
        return BigDecimal.valueOf(p < 55 ? 0 : p < 85 ? 1 + random.nextInt(9) : p < 95 ? 10 + random.nextInt(90) : random.nextInt(10_000));
    }

    private String cell(Field f) {
        return blank.contains(f.key()) ? "" : values.get(f.key()).toPlainString();
    }

    // ---- tables as lines

    private List<Line> disclosure() {
        List<Line> lines = new ArrayList<>();
        List<DisclosureGroup> groups = new ArrayList<>(List.of(DisclosureGroup.values()));
        if (random.nextInt(4) == 0) {
            java.util.Collections.rotate(groups, 1 + random.nextInt(groups.size() - 1));
        }
        for (DisclosureGroup g : groups) {
            lines.add(new Line(List.of(g.heading()), List.of()));
            List<String> header = new ArrayList<>(List.of(DisclosureGroup.ITEM_HEADER));
            header.addAll(g.columnLabels());
            lines.add(new Line(header, List.of()));
            for (DisclosureItem item : DisclosureItem.values()) {
                if (item.group() == g) {
                    lines.add(new Line(List.of(item.label()), item.columnKeys().stream().map(c -> cell(Form.disclosure(item, c))).toList()));
                }
            }
        }
        return lines;
    }

    private List<Line> application() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(List.of(MatrixRow.BALANCE_NOTE, Applicant.HEADER), List.of()));
        lines.add(new Line(Applicant.values().length == 7 ? List.of("自然人", "法人或其他组织", "总计") : List.of(), List.of()));
        lines.add(new Line(Applicant.inputs().stream().skip(1).map(Applicant::label).toList(), List.of()));
        MatrixRow previous = null;
        for (MatrixRow row : MatrixRow.values()) {
            List<String> labels = new ArrayList<>();
            for (int level = 0; level < row.labels().size() - 1; level++) {
                String group = row.labels().get(level);
                if (previous == null || previous.labels().size() <= level || !previous.labels().get(level).equals(group)) {
                    labels.add(group);
                }
            }
            labels.add(row.label());
            List<String> numbers = java.util.Arrays.stream(Applicant.values()).map(c -> cell(Form.matrix(row, c))).toList();
            lines.add(new Line(labels, numbers));
            previous = row;
        }
        return lines;
    }

    private List<Line> review() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(List.of("行政复议", "行政诉讼"), List.of()));
        lines.add(new Line(List.of("未经复议直接起诉", "复议后起诉"), List.of()));
        List<String> outcomes = java.util.Arrays.stream(ReviewOutcome.values()).map(ReviewOutcome::label).toList();
        List<String> header = new ArrayList<>();
        for (int g = 0; g < ReviewGroup.values().length; g++) {
            header.addAll(outcomes);
        }
        lines.add(new Line(shatterWords(header), List.of()));
        List<String> numbers = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                numbers.add(cell(Form.review(g, o)));
            }
        }
        lines.add(new Line(List.of(), numbers));
        return lines;
    }

    /** Header words cut the way converters cut narrow header cells: 结果维持 → 结果 / 维持. */
    private List<String> shatterWords(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.length() > 2 && random.nextBoolean()) {
                out.add(w.substring(0, 2));
                out.add(w.substring(2));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    // ---- printing

    private String print() {
        StringBuilder out = new StringBuilder();
        out.append(printing == Printing.CRAWLER ? "标题: " : "").append("随机县人民政府办公室2023年政府信息公开工作年度报告\n");
        if (printing == Printing.CRAWLER) {
            out.append("发布时间: 2024-01-20 09:30\n==================== 正文 ====================\n");
            return out.append(crawler()).append('\n').toString();
        }
        out.append("一、总体情况\n2023 年，本机关主动公开政府信息 310 条，受理申请\n12 件。\n");
        out.append(heading(Section.DISCLOSURE)).append('\n').append(shattered(disclosure(), 3));
        out.append(heading(Section.APPLICATION)).append('\n').append(shattered(application(), Applicant.values().length));
        out.append(reviewHeading()).append('\n').append(shattered(review(), 15));
        out.append("五、存在的主要问题及改进情况\n2024 年将继续推进，全年计划公开 500 条\n");
        return out.toString();
    }

    private String heading(Section s) {
        return (printing == Printing.MARKDOWN && random.nextBoolean() ? "## 表" + s.numeral() + "：" + s.heading().substring(2) : s.heading());
    }

    private String reviewHeading() {
        return switch (random.nextInt(4)) {
            case 0 -> "四、政府信息公开行政复议与行政诉讼情况";
            case 1 -> "三、政府信息公开行政复议、行政诉讼情况";
            case 2 -> "四、行政复议与行政诉讼情况";
            default -> Section.REVIEW.heading();
        };
    }

    /** A table's lines printed and shattered as a converter does. */
    private String shattered(List<Line> lines, int width) {
        List<String> out = new ArrayList<>();
        List<String> displaced = new ArrayList<>();
        for (Line line : lines) {
            if (random.nextInt(25) == 0) {
                out.add(footer());
            }
            if (!line.carriesNumbers()) {
                out.add(String.join(random.nextBoolean() ? " " : "", line.labels()));
                continue;
            }
            List<String> own = new ArrayList<>();
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (int k = 0; k < line.labels().size(); k++) {
                String label = line.labels().get(k);
                boolean last = k == line.labels().size() - 1;
                switch (random.nextInt(last ? 8 : 3)) {
                    case 0 -> before.add(label);
                    case 1 -> own.add(label);
                    case 2 -> {
                        if (last) {
                            after.add(label);
                        } else {
                            own.add(label);
                        }
                    }
                    case 3 -> displaced.add(label);
                    case 4 -> { } // dropped
                    case 5 -> wrap(label, before, own, after);
                    default -> own.add(label);
                }
            }
            out.addAll(before);
            out.add(numberLine(own, line.numbers()));
            out.addAll(after);
            out.addAll(displaced.size() > 1 || random.nextBoolean() ? displaced : List.of());
            if (!out.isEmpty() && out.containsAll(displaced)) {
                displaced.clear();
            }
        }
        out.addAll(displaced);
        return out.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    /** A label wrapped over two or three lines; the row of numbers carries one piece of it, or none. */
    private void wrap(String label, List<String> before, List<String> own, List<String> after) {
        int pieces = Math.min(label.length() / WRAP_PIECE, 2 + random.nextInt(2));
        if (pieces < 2) {
            own.add(label);
            return;
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int p = 1; p <= pieces; p++) {
            int to = p == pieces ? label.length() : from + Math.max(1, (label.length() - from) / (pieces - p + 1));
            parts.add(label.substring(from, to));
            from = to;
        }
        int carried = random.nextInt(parts.size() + 1);
        for (int p = 0; p < parts.size(); p++) {
            (p < carried ? before : p == carried ? own : after).add(parts.get(p));
        }
    }

    private String numberLine(List<String> labels, List<String> numbers) {
        if (printing == Printing.MARKDOWN) {
            List<String> cells = new ArrayList<>(labels);
            cells.addAll(numbers);
            for (int extra = random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0; extra > 0; extra--) {
                cells.add("");
            }
            return cells.stream().collect(Collectors.joining(" | ", "| ", " |"));
        }
        if (random.nextInt(15) == 0 && numbers.stream().anyMatch(n -> n.length() > 1)) {
            return wrappedDigits(labels, numbers);
        }
        StringBuilder sb = new StringBuilder(String.join(" ", labels));
        boolean gluedRow = random.nextInt(30) == 0 && !numbers.contains("");
        int glue = random.nextInt(8) == 0 ? random.nextInt(Math.max(1, numbers.size())) : -1;
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i).isEmpty()) {
                continue;
            }
            boolean joined = i > 0 && (gluedRow || i == glue + 1);
            sb.append(joined ? "" : i == 0 ? "     " : "   ").append(numbers.get(i));
        }
        return sb.toString();
    }

    /**
     * Numbers too wide for their narrow cells: the first digits on the row's line, the rest wrapped onto
     * the line below, in some of the cells or all of those long enough.
     */
    private String wrappedDigits(List<String> labels, List<String> numbers) {
        boolean all = random.nextBoolean();
        StringBuilder first = new StringBuilder(String.join(" ", labels));
        StringBuilder rest = new StringBuilder();
        for (String n : numbers) {
            if (n.isEmpty()) {
                continue;
            }
            boolean wraps = n.length() > 1 && (all || random.nextBoolean());
            int cut = wraps ? 1 + random.nextInt(n.length() - 1) : n.length();
            first.append("   ").append(n, 0, cut);
            rest.append("   ").append(wraps ? n.substring(cut) : "  ");
        }
        return first + "\n" + rest;
    }

    private String footer() {
        int page = 2 + random.nextInt(8);
        return switch (random.nextInt(3)) {
            case 0 -> "- " + page + " -";
            case 1 -> "第 " + page + " 页 共 12 页";
            default -> "                      " + page;
        };
    }

    // ---- a crawler's text: everything on one line

    private String crawler() {
        StringBuilder sb = new StringBuilder("根据条例要求，编制2023年政府信息公开工作年度报告。一、总体情况2023年，主动公开政府信息310条，其中规范性文件类信息5条。");
        sb.append(heading(Section.DISCLOSURE));
        run(sb, disclosure(), Section.DISCLOSURE);
        sb.append(heading(Section.APPLICATION)).append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        run(sb, application(), Section.APPLICATION);
        sb.append(reviewHeading());
        run(sb, review(), Section.REVIEW);
        return sb.append("五、存在的主要问题及改进情况2024年，将继续推进。").toString();
    }

    private void run(StringBuilder sb, List<Line> lines, Section section) {
        int style = crawlerStyle.get(section);
        for (Line line : lines) {
            line.labels().forEach(sb::append);
            for (int i = 0; i < line.numbers().size(); i++) {
                String n = line.numbers().get(i);
                if (!n.isEmpty()) {
                    boolean spaced = style == 1 || style == 2 && random.nextBoolean();
                    sb.append(spaced ? " " : "").append(n);
                }
            }
            if (style != 0 && line.carriesNumbers()) {
                sb.append(' ');
            }
        }
    }
}
