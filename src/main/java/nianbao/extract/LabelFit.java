package nianbao.extract;

import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import nianbao.form.Labels;

/**
 * Which rows of a table a printed label fragment can belong to. A fragment fits a row when it is part of
 * the row's label path (a label wrapped over lines: 5.属于三类内部事务信) or holds the row's own label whole.
 * A fragment that fits more than one row is no evidence: a printed row is known by its label only when
 * its label cells together fit exactly one row. Single characters are no evidence at all.
 */
final class LabelFit {

    /** The shortest fragment, folded, that counts as evidence. */
    private static final int SHORTEST = 2;

    private final List<String> paths;
    private final List<String> own;

    /** The fit for rows with these label paths, outermost label first, the row's own label last. */
    LabelFit(List<List<String>> labelPaths) {
        paths = labelPaths.stream().map(p -> Labels.normalize(String.join("", p))).toList();
        own = labelPaths.stream().map(p -> Labels.normalize(p.get(p.size() - 1))).toList();
    }

    /** The rows a fragment fits; none for a fragment too short to count. */
    BitSet fits(String fragment) {
        String f = Labels.normalize(fragment);
        BitSet rows = new BitSet();
        if (f.length() < SHORTEST) {
            return rows;
        }
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).contains(f) || f.contains(own.get(i))) {
                rows.set(i);
            }
        }
        return rows;
    }

    /** The one row that all the cells fitting anything fit together, if there is exactly one. */
    OptionalInt sure(List<String> labelCells) {
        BitSet common = null;
        for (String cell : labelCells) {
            BitSet rows = fits(cell);
            if (!rows.isEmpty()) {
                if (common == null) {
                    common = rows;
                } else {
                    common.and(rows);
                }
            }
        }
        return common != null && common.cardinality() == 1 ? OptionalInt.of(common.nextSetBit(0)) : OptionalInt.empty();
    }
}
