package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.form.MatrixRow;

/**
 * The layouts table 三 is printed in: the official 25 rows, or with (六) 其他处理 printed as one row, as
 * the 2019 trial format has it and some later reports still do (its numbers then go to 3.其他).
 */
enum MatrixLayout {
    FULL,
    SINGLE_OTHER;

    /** The printed rows of the layout, in printed order. */
    List<MatrixSlot> slots() {
        List<MatrixSlot> slots = new ArrayList<>();
        for (MatrixRow row : MatrixRow.values()) {
            if (this == FULL || !isOther(row)) {
                slots.add(MatrixSlot.of(row));
            } else if (row == MatrixRow.OTHER_OTHER) {
                List<String> path = row.labels().subList(0, row.labels().size() - 1);
                slots.add(new MatrixSlot(groupLabel(), path, row, true));
            }
        }
        return slots;
    }

    /** The form's rows the layout does not print (taken as 0 with a warning). */
    List<MatrixRow> notPrinted() {
        return this == FULL ? List.of() : List.of(MatrixRow.OTHER_NO_CORRECTION, MatrixRow.OTHER_UNPAID_FEE);
    }

    /** The label of the group printed as one row: (六) 其他处理. */
    static String groupLabel() {
        List<String> labels = MatrixRow.OTHER_OTHER.labels();
        return labels.get(labels.size() - 2);
    }

    private static boolean isOther(MatrixRow row) {
        List<String> labels = row.labels();
        return labels.size() > 2 && labels.get(labels.size() - 2).equals(groupLabel());
    }
}
