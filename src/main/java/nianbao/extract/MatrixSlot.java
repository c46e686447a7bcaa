package nianbao.extract;

import java.util.List;
import java.util.Objects;
import nianbao.form.MatrixRow;

/**
 * One printed row of table 三 in one of its layouts: the label printed for it, its whole label path, and
 * the row of the form whose cells its numbers fill.
 *
 * @param label the innermost printed label, e.g. 1.属于国家秘密, or (六) 其他处理 when that group is one row
 * @param path the printed label path, outermost first
 * @param row the form's row its numbers are read into
 * @param standsForGroup whether the slot is a group printed as a single row, standing for the group's rows
 */
record MatrixSlot(String label, List<String> path, MatrixRow row, boolean standsForGroup) {

    MatrixSlot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(row, "row");
        path = List.copyOf(path);
    }

    /** The slot of a row of the form printed as the official layout has it. */
    static MatrixSlot of(MatrixRow row) {
        return new MatrixSlot(row.label(), row.labels(), row, false);
    }
}
