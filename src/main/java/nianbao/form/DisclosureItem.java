package nianbao.form;

import java.util.List;

/** The rows of table 二 and, for each, the key suffixes of its columns in printed order. */
public enum DisclosureItem {
    RULES("rules", "规章", DisclosureGroup.DOCUMENTS, List.of("issued", "repealed", "in_force")),
    NORMATIVE_DOCS("normative_docs", "行政规范性文件", DisclosureGroup.DOCUMENTS, List.of("issued", "repealed", "in_force")),
    LICENSING("licensing", "行政许可", DisclosureGroup.LICENSING, List.of("decisions")),
    PENALTY("penalty", "行政处罚", DisclosureGroup.ENFORCEMENT, List.of("decisions")),
    COERCION("coercion", "行政强制", DisclosureGroup.ENFORCEMENT, List.of("decisions")),
    FEES("fees", "行政事业性收费", DisclosureGroup.FEES, List.of("amount"));

    private final String key;
    private final String label;
    private final DisclosureGroup group;
    private final List<String> columnKeys;

    DisclosureItem(String key, String label, DisclosureGroup group, List<String> columnKeys) {
        this.key = key;
        this.label = label;
        this.group = group;
        this.columnKeys = columnKeys;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public DisclosureGroup group() {
        return group;
    }

    /** Key suffixes of this row's cells, aligned with {@link DisclosureGroup#columnLabels()}. */
    public List<String> columnKeys() {
        return columnKeys;
    }
}
