package nianbao.read.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nianbao.form.Labels;
import nianbao.read.Grid;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;

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

    /** A text to fold: the form's labels and the printed labels recur in every file. */
    private record Folded(String text) implements LayoutCache.Key<String> {
        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Folded k && k.text.equals(text);
        }
    }

    private final Grid grid;
    private final LayoutCache cache;
    private final NavigableMap<Integer, List<Text>> rows = new TreeMap<>();
    private final Map<Integer, List<String[]>> prefixes = new java.util.HashMap<>();

    LabelSheet(Grid grid, LayoutCache cache) {
        this.grid = grid;
        this.cache = cache;
        for (int i = 0; i < grid.count(); i++) {
            RawCell cell = grid.cellAt(i);
            if (cell.kind() == RawCell.Kind.TEXT && !cell.hasFormula()) {
                String folded = fold(cell.text(), cache);
                if (!folded.isEmpty()) {
                    add(Grid.row(grid.keyAt(i)), new Text(Grid.column(grid.keyAt(i)), folded, cell.text()));
                }
            }
        }
    }

    /** Adds a text to its row, kept in column order (cells come in column order but for odd files). */
    private void add(int row, Text text) {
        List<Text> texts = rows.get(row);
        if (texts == null) {
            texts = new ArrayList<>();
            rows.put(row, texts);
        }
        int at = texts.size();
        while (at > 0 && texts.get(at - 1).column > text.column) {
            at--;
        }
        if (at == texts.size()) {
            texts.add(text);
        } else {
            texts.add(at, text);
        }
    }

    Grid grid() {
        return grid;
    }

    NavigableMap<Integer, List<Text>> rows() {
        return rows;
    }

    /** The folded text of the label cell at a place, null when there is none. */
    String foldedAt(int row, int column) {
        for (Text t : rows.getOrDefault(row, List.of())) {
            if (t.column == column) {
                return t.folded;
            }
        }
        return null;
    }

    /**
     * The first row at or after {@code from} whose label cells, read left to right, end with the label
     * (so a label split over cells or joined with its group's label matches), else with its core.
     */
    OptionalInt findRow(String label, int from) {
        String folded = fold(label, cache);
        OptionalInt exact = scanRows(folded, from);
        String core = core(folded);
        return exact.isPresent() || core.length() < 4 ? exact : scanRows(core, from);
    }

    private OptionalInt scanRows(String folded, int from) {
        for (Map.Entry<Integer, List<Text>> row : rows.tailMap(from, true).entrySet()) {
            for (String[] prefix : prefixes(row.getKey(), row.getValue())) {
                if (prefix[0].endsWith(folded) || prefix[1].endsWith(folded)) {
                    return OptionalInt.of(row.getKey());
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * A row's label cells joined left to right, one more cell at a time, each with its {@link #core}:
     * computed once per row, since every label searched walks the same rows.
     */
    private List<String[]> prefixes(int row, List<Text> texts) {
        return prefixes.computeIfAbsent(row, r -> {
            List<String[]> list = new ArrayList<>(texts.size());
            StringBuilder joined = new StringBuilder();
            for (Text t : texts) {
                joined.append(t.folded);
                list.add(new String[] {joined.toString(), core(joined.toString())});
            }
            return list;
        });
    }

    /** The lowest cell in rows {@code [top, bottom]} whose text is the header (or joins its path). */
    Optional<Hit> findHeader(List<String> path, int top, int bottom) {
        String inner = fold(path.get(path.size() - 1), cache);
        String whole = fold(String.join("", path), cache);
        for (Map.Entry<Integer, List<Text>> row : rows.subMap(top, true, bottom, true).descendingMap().entrySet()) {
            for (Text t : row.getValue()) {
                if (t.folded.equals(inner) || t.folded.equals(whole) || stripNote(t.folded).equals(stripNote(inner))) {
                    return Optional.of(new Hit(row.getKey(), t.column));
                }
            }
        }
        return Optional.empty();
    }

    /** {@link Labels#normalize}, remembered in {@code cache}. */
    static String fold(String text, LayoutCache cache) {
        Folded key = new Folded(text);
        String folded = cache.get(key);
        return folded != null ? folded : cache.put(key, Labels.normalize(text));
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
