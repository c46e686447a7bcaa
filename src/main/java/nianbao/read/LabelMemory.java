package nianbao.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.model.CellAddress;

/**
 * The last few label layouts located (tables 二 and 三), each with the label cells its search
 * matched: hand-made files of one office repeat their layout, so a file whose sheets hold every one of
 * those folded texts at the same place is given the remembered cells instead of being searched.
 */
final class LabelMemory {

    private static final int LIMIT = 8;
    private static final Deque<Entry> ENTRIES = new ArrayDeque<>();

    /** A label cell the search matched: the sheet's index among the label sheets, its place, its folded text. */
    record Used(int sheet, int row, int column, String folded) {
    }

    /** A located layout: the label sheets' names, the label cells matched and the cells found from them. */
    record Entry(List<String> sheets, List<Used> used, Map<String, CellAddress> cells) {

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

    private LabelMemory() {
    }

    /** The cells of a remembered layout whose label cells all hold the same texts in these sheets. */
    static Optional<Map<String, CellAddress>> recall(List<LabelSheet> sheets) {
        synchronized (ENTRIES) {
            for (Entry e : ENTRIES) {
                if (e.matches(sheets)) {
                    return Optional.of(e.cells);
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers a layout located by search, dropping the oldest beyond {@link #LIMIT}. */
    static void remember(Entry entry) {
        synchronized (ENTRIES) {
            ENTRIES.addFirst(entry);
            if (ENTRIES.size() > LIMIT) {
                ENTRIES.removeLast();
            }
        }
    }
}
