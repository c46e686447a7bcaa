package nianbao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Section;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;

/**
 * A published report's findings as lines for a clerk: each at its printed place (from its first key),
 * and the findings of one code and one message about one printed row on a single line that lists their
 * columns, as consolidate's 校验 sheet gathers blank cells. Every finding stays whole in the JSON report.
 */
final class PrintedFindings {

    /** What makes findings share a line: their code, their printed row (or cell) and their message beside it. */
    private record Key(Code code, Section section, List<String> rowLabels, CellAddress cell, String message) {
    }

    /** The findings of one line, the first one standing for the others, with the cells they name. */
    private record Line(Finding first, List<Field> cells) {

        int order() {
            return cells.isEmpty() ? -1 : cells.get(0).index();
        }

        String text() {
            String place = first.cell() != null ? first.cell().toString()
                    : cells.isEmpty() ? TextReport.WHOLE_REPORT : PrintedPlace.of(cells);
            return first.severity().chinese() + "  " + place + "  " + beside(first, anchor(first));
        }
    }

    private static final Comparator<Line> ORDER = Comparator.comparing((Line l) -> l.first().severity())
            .thenComparingInt(Line::order).thenComparing(l -> l.first().code());

    private PrintedFindings() {
    }

    /** One line per printed row and problem: errors first, then in printed order. */
    static List<String> lines(List<Finding> findings) {
        Map<Key, Line> lines = new LinkedHashMap<>();
        for (Finding f : findings) {
            Optional<Field> anchor = anchor(f);
            Key key = new Key(f.code(), anchor.map(Field::section).orElse(null),
                    anchor.map(Field::rowLabels).orElse(List.of()), f.cell(), beside(f, anchor));
            Line line = lines.computeIfAbsent(key, k -> new Line(f, new ArrayList<>()));
            anchor.filter(a -> !line.cells().contains(a)).ifPresent(line.cells()::add);
        }
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(ORDER);
        return sorted.stream().map(Line::text).toList();
    }

    /** The form cell a finding without a spreadsheet cell is about: its first key, when that is on the form. */
    private static Optional<Field> anchor(Finding f) {
        return f.cell() != null || f.keys().isEmpty() ? Optional.empty() : Form.find(f.keys().get(0));
    }

    /** The message as shown beside its place: without the cell's description again when it starts with it. */
    static String beside(Finding f, Optional<Field> anchor) {
        String prefix = anchor.map(a -> a.describe() + "：").orElse("");
        return !prefix.isEmpty() && f.message().startsWith(prefix) ? f.message().substring(prefix.length()) : f.message();
    }
}
