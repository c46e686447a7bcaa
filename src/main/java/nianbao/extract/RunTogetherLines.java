package nianbao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.DisclosureGroup;
import nianbao.form.DisclosureItem;
import nianbao.form.MatrixRow;

/**
 * Cuts a line that holds whole tables run together (a site crawler's text of a web page: {@code
 * …申请数量280000028二、上年结转…}) into one row per printed label, so that the rest of the locator sees
 * the rows a table has. A label followed by numbers and then by the next label (or a heading, or the end
 * of the line) becomes a row of that label and those numbers, still run together where they were.
 */
final class RunTogetherLines {

    /** The labels a row of numbers follows: every row of tables 二 and 三, and (六) printed as one row. */
    static final List<String> ROW_LABELS;
    /** Labels over rows that carry no numbers of their own: 三、本年度办理结果, (三)不予公开, 第二十条第（一）项. */
    private static final List<String> GROUP_LABELS;

    /** A printed number run: digits (half or full width), decimal points, thousands commas, spaces. */
    private static final Pattern NUMBER_CHAR = Pattern.compile("[0-9０-９.,，．\\s\\u00a0\\u3000]");
    /** Digits run on to the end of a cell, after its words ({@code …总计100000000000000}). */
    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*[^0-9０-９.,，．])([0-9０-９]+)$");
    private static final Pattern NUMBERING = Pattern.compile("^\\d+[.、．]");
    /** The shortest line that can hold two labelled rows of numbers. */
    private static final int SHORTEST = 8;

    static {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (MatrixRow row : MatrixRow.values()) {
            rows.add(row.label());
            groups.addAll(row.labels().subList(0, row.labels().size() - 1));
        }
        rows.add(MatrixLayout.SINGLE_OTHER.slots().stream().filter(MatrixSlot::standsForGroup)
                .findFirst().orElseThrow().label());
        for (DisclosureItem item : DisclosureItem.values()) {
            rows.add(item.label());
        }
        for (DisclosureGroup group : DisclosureGroup.values()) {
            groups.add(group.heading());
        }
        groups.removeAll(rows);
        ROW_LABELS = List.copyOf(rows);
        GROUP_LABELS = List.copyOf(groups);
    }

    private RunTogetherLines() {
    }

    /** Where a label or heading is printed in a line, folded, and whether numbers may follow it. */
    private record Mark(int from, int to, boolean rowLabel) {
    }

    /** The rows of a report with every run-together line cut at its labels; other rows as they were. */
    static List<PrintedRow> cut(List<PrintedRow> rows) {
        List<PrintedRow> out = new ArrayList<>();
        for (PrintedRow row : rows) {
            out.addAll(row.exact() ? List.of(row) : cut(row));
        }
        return out;
    }

    private static List<PrintedRow> cut(PrintedRow row) {
        String text = row.text();
        if (text.length() < SHORTEST || text.chars().filter(Character::isDigit).count() < 2) {
            return List.of(row);
        }
        FoldedText line = new FoldedText(text);
        List<Mark> marks = marks(line);
        List<PrintedRow> pieces = new ArrayList<>();
        int valueRows = 0;
        int at = 0;
        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            int start = line.rawStart(mark.from());
            int next = m + 1 < marks.size() ? line.rawStart(marks.get(m + 1).from()) : line.raw().length();
            addText(pieces, line.raw().substring(at, start));
            at = start;
            int labelEnd = line.rawEnd(mark.to());
            List<String> numbers = mark.rowLabel() ? numbersBefore(line.raw(), labelEnd, next) : List.of();
            if (!numbers.isEmpty()) {
                List<String> cells = new ArrayList<>(List.of(line.raw().substring(start, labelEnd).strip()));
                cells.addAll(numbers);
                pieces.add(new PrintedRow(cells, false));
                valueRows++;
                at = next;
            }
        }
        addText(pieces, line.raw().substring(at));
        return valueRows >= 2 ? pieces : List.of(row);
    }

    /**
     * The numbers printed between a label's end and the next mark, when nothing else is: tokens as
     * separated by spaces, digits run together left as they are. Empty when there are none, or when
     * words follow them (a sentence that mentions a label: 规范性文件类5条).
     */
    private static List<String> numbersBefore(String raw, int from, int next) {
        int end = from;
        while (end < next && NUMBER_CHAR.matcher(raw.substring(end, end + 1)).matches()) {
            end++;
        }
        String run = raw.substring(from, end).strip().replaceAll("[.,，．]+$", "");
        if (!raw.substring(end, next).isBlank() || run.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        return List.of(run.split("[\\s\\u00a0\\u3000]+"));
    }

    /** A piece of a cut line that is not a labelled number row: its words, with digits run onto its end split off. */
    private static void addText(List<PrintedRow> pieces, String text) {
        if (text.isBlank()) {
            return;
        }
        List<String> cells = new ArrayList<>(PrintedRow.text(List.of(text)).cells());
        Matcher m = TRAILING_DIGITS.matcher(cells.get(cells.size() - 1));
        if (m.matches()) {
            cells.set(cells.size() - 1, m.group(1));
            cells.add(m.group(2));
        }
        pieces.add(new PrintedRow(cells, false));
    }

    /** The labels and part headings printed in a line, left to right, none overlapping. */
    private static List<Mark> marks(FoldedText line) {
        List<Mark> marks = new ArrayList<>();
        for (String label : ROW_LABELS) {
            find(line, label).forEach(at -> marks.add(new Mark(at[0], at[1], true)));
        }
        for (String label : GROUP_LABELS) {
            find(line, label).forEach(at -> marks.add(new Mark(at[0], at[1], false)));
        }
        Matcher heading = Headings.numberedParts(line.folded());
        while (heading.find()) {
            marks.add(new Mark(heading.start(), heading.end(), false));
        }
        marks.sort(Comparator.comparingInt(Mark::from).thenComparingInt(m -> -m.to()));
        List<Mark> kept = new ArrayList<>();
        for (Mark m : marks) {
            if (kept.isEmpty() || m.from() >= kept.get(kept.size() - 1).to()) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Where a label is printed; a numbered label (2.重复申请) also without its number when never printed with it. */
    private static List<int[]> find(FoldedText line, String label) {
        List<int[]> found = line.find(label);
        Matcher numbering = NUMBERING.matcher(label);
        return found.isEmpty() && numbering.find() ? line.find(label.substring(numbering.end())) : found;
    }
}
