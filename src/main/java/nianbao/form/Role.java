package nianbao.form;

/** Whether a cell is filled in by the clerk or computed by a formula over other cells. */
public enum Role {
    INPUT,
    FORMULA
}
