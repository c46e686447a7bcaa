package nianbao.form;

/** The four kinds of balancing identity of form.md §2, with their stable codes. */
public enum IdentityKind {
    ROW_TOTAL("row_total"),
    RESULTS_TOTAL("results_total"),
    BALANCE("balance"),
    REVIEW_TOTAL("review_total");

    private final String code;

    IdentityKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
