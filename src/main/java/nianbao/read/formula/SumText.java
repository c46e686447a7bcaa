package nianbao.read.formula;

import java.util.List;
import java.util.stream.Collectors;
import nianbao.model.CellAddress;

/** How a sum's cells are written in a message: a range when they are one contiguous row or column. */
public final class SumText {

    private SumText() {
    }

    public static String of(List<CellAddress> cells, String sheet) {
        CellAddress first = cells.get(0);
        CellAddress last = cells.get(cells.size() - 1);
        boolean sameSheet = cells.stream().allMatch(c -> c.sheet().equals(sheet));
        boolean row = cells.stream().allMatch(c -> c.row() == first.row())
                && last.column() - first.column() == cells.size() - 1;
        boolean column = cells.stream().allMatch(c -> c.column() == first.column())
                && last.row() - first.row() == cells.size() - 1;
        if (sameSheet && cells.size() > 1 && (row || column)) {
            return first.a1() + ":" + last.a1();
        }
        return cells.stream().map(c -> sameSheet ? c.a1() : c.toString()).collect(Collectors.joining(","));
    }
}
