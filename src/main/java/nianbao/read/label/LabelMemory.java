package nianbao.read.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.model.CellAddress;
import nianbao.read.LayoutCache;

/**
 * The last few label layouts located (tables 二 and 三) for each list of sheet names, kept in a
 * {@link LayoutCache}, each with the label cells its search matched: hand-made files of one office repeat
 * their layout, so a file whose sheets hold every one of those folded texts at the same place is given
 * the remembered cells instead of being searched.
 */
final class LabelMemory {

    /** The layouts remembered for one list of sheet names. */
    private static final int LIMIT = 8;

    /** A label cell the search matched: the sheet's index among the label sheets, its place, its folded text. */
    record Used(int sheet, int row, int column, String folded) {
    }

    /** A located layout: the label sheets' names, the label cells matched and the cells found from them. */
    record Entry(List<String> sheets, List<Used> used, Map<String, CellAddress> cells) {

        Entry {
            sheets = List.copyOf(sheets);
            used = List.copyOf(used);
            cells = Map.copyOf(cells);
        }

        boolean matches(List<LabelSheet> labelSheets) {
            if (labelSheets.size() != sheets.size()) {
                return false;
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (!labelSheets.get(i).grid().name().equals(sheets.get(i))) {
                    return false;
                }
            }
            for (Used u : used) {
                if (!u.folded.equals(labelSheets.get(u.sheet).foldedAt(u.row, u.column))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The layouts remembered for workbooks of these label sheets' names, the most recent first. */
    private record Sheets(List<String> names) implements LayoutCache.Key<List<Entry>> {
        @Override
        public int hashCode() {
            return names.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sheets k && k.names.equals(names);
        }
    }

    private LabelMemory() {
    }

    /** The cells of a remembered layout whose label cells all hold the same texts in these sheets. */
    static Optional<Map<String, CellAddress>> recall(List<LabelSheet> sheets, LayoutCache cache) {
        List<Entry> entries = cache.get(new Sheets(names(sheets)));
        if (entries != null) {
            for (Entry e : entries) {
                if (e.matches(sheets)) {
                    return Optional.of(e.cells);
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers a layout located by search, dropping the oldest of its sheets' names beyond {@link #LIMIT}. */
    static void remember(Entry entry, LayoutCache cache) {
        Sheets key = new Sheets(entry.sheets());
        List<Entry> before = cache.get(key);
        List<Entry> entries = new ArrayList<>();
        entries.add(entry);
        if (before != null) {
            entries.addAll(before.subList(0, Math.min(before.size(), LIMIT - 1)));
        }
        cache.put(key, List.copyOf(entries));
    }

    private static List<String> names(List<LabelSheet> sheets) {
        List<String> names = new ArrayList<>(sheets.size());
        for (LabelSheet s : sheets) {
            names.add(s.grid().name());
        }
        return names;
    }
}
