package nianbao.form;

import java.util.List;

/** The five columns of each group of table 四, the last one the formula 总计. */
public enum ReviewOutcome {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    ReviewOutcome(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isTotal() {
        return this == TOTAL;
    }

    /** The four outcomes that 总计 sums. */
    public static List<ReviewOutcome> inputs() {
        return List.of(UPHELD, CORRECTED, OTHER, PENDING);
    }
}
