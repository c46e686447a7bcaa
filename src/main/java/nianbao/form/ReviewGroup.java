package nianbao.form;

import java.util.List;

/** The three groups of table 四: 行政复议 and the two kinds of 行政诉讼. */
public enum ReviewGroup {
    REVIEW("review", List.of("行政复议")),
    LITIGATION_DIRECT("litigation_direct", List.of("行政诉讼", "未经复议直接起诉")),
    LITIGATION_AFTER_REVIEW("litigation_after_review", List.of("行政诉讼", "复议后起诉"));

    private final String key;
    private final List<String> labels;

    ReviewGroup(String key, List<String> labels) {
        this.key = key;
        this.labels = labels;
    }

    public String key() {
        return key;
    }

    /** The printed header path, outermost first. */
    public List<String> labels() {
        return labels;
    }

    public String label() {
        return String.join("·", labels);
    }
}
