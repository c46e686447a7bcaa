package nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nianbao.form.Labels;

/** The text cells of one sheet, folded by {@link Labels#normalize}, for finding printed labels. */
final class LabelSheet {

    private static final Pattern ENUMERATOR = Pattern.compile("^([一二三四五六七八九十]+\\.|\\([一二三四五六七八九十]+\\)|\\d+\\.)");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");

    /** One text cell: its column, its folded text and the text as written. */
    record Text(int column, String folded, String written) {
    }

    /** Where a label was found. */
    record Hit(int row, int column) {
    }

    private final Grid grid;
    private final NavigableMap<Integer, List<Text>> rows = new TreeMap<>();

    LabelSheet(Grid grid) {
        this.grid = grid;
        for (Map.Entry<Long, RawCell> e : grid.cells().entrySet()) {
            RawCell cell = e.getValue();
            if (cell.kind() == RawCell.Kind.TEXT && !cell.hasFormula()) {
                String folded = Labels.normalize(cell.text());
                if (!folded.isEmpty()) {
                    rows.computeIfAbsent(Grid.row(e.getKey()), r -> new ArrayList<>())
                            .add(new Text(Grid.column(e.getKey()), folded, cell.text()));
                }
            }
        }
        rows.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.column, b.column)));
    }

    Grid grid() {
        return grid;
    }

    NavigableMap<Integer, List<Text>> rows() {
        return rows;
    }

    /**
     * The first row at or after {@code from} whose label cells, read left to right, end with the label
     * (so a label split over cells or joined with its group's label matches), else with its core.
     */
    OptionalInt findRow(String label, int from) {
        String folded = Labels.normalize(label);
        OptionalInt exact = scanRows(folded, from);
        String core = core(folded);
        return exact.isPresent() || core.length() < 4 ? exact : scanRows(core, from);
    }

    private OptionalInt scanRows(String folded, int from) {
        for (Map.Entry<Integer, List<Text>> row : rows.tailMap(from, true).entrySet()) {
            StringBuilder joined = new StringBuilder();
            for (Text t : row.getValue()) {
                joined.append(t.folded);
                if (joined.toString().endsWith(folded) || core(joined.toString()).endsWith(folded)) {
                    return OptionalInt.of(row.getKey());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The lowest cell in rows {@code [top, bottom]} whose text is the header (or joins its path). */
    Optional<Hit> findHeader(List<String> path, int top, int bottom) {
        String inner = Labels.normalize(path.get(path.size() - 1));
        String whole = Labels.normalize(String.join("", path));
        for (Map.Entry<Integer, List<Text>> row : rows.subMap(top, true, bottom, true).descendingMap().entrySet()) {
            for (Text t : row.getValue()) {
                if (t.folded.equals(inner) || t.folded.equals(whole) || stripNote(t.folded).equals(stripNote(inner))) {
                    return Optional.of(new Hit(row.getKey(), t.column));
                }
            }
        }
        return Optional.empty();
    }

    /** A label without its leading enumerator (一、 (三) 1.) and trailing note in brackets. */
    static String core(String folded) {
        return stripNote(ENUMERATOR.matcher(folded).replaceFirst(""));
    }

    private static String stripNote(String folded) {
        String s = TRAILING_NOTE.matcher(folded).replaceFirst("");
        return s.isEmpty() ? folded : s;
    }
}
