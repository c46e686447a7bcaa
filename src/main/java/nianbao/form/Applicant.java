package nianbao.form;

import java.util.List;

/** The columns of the application matrix (申请人情况), the last one the formula 总计. */
public enum Applicant {
    NATURAL_PERSON("natural_person", List.of("自然人")),
    BUSINESS("business", List.of("法人或其他组织", "商业企业")),
    RESEARCH("research", List.of("法人或其他组织", "科研机构")),
    NONPROFIT("nonprofit", List.of("法人或其他组织", "社会公益组织")),
    LEGAL_SERVICE("legal_service", List.of("法人或其他组织", "法律服务机构")),
    OTHER_ORG("other_org", List.of("法人或其他组织", "其他")),
    TOTAL("total", List.of("总计"));

    /** The header spanning every column. */
    public static final String HEADER = "申请人情况";

    private final String key;
    private final List<String> labels;

    Applicant(String key, List<String> labels) {
        this.key = key;
        this.labels = labels;
    }

    public String key() {
        return key;
    }

    /** The printed header path, outermost first (below {@link #HEADER}). */
    public List<String> labels() {
        return labels;
    }

    /** The innermost printed header, e.g. 商业企业. */
    public String label() {
        return labels.get(labels.size() - 1);
    }

    public boolean isTotal() {
        return this == TOTAL;
    }

    /** The six columns a clerk fills in, without 总计. */
    public static List<Applicant> inputs() {
        return List.of(NATURAL_PERSON, BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORG);
    }
}
