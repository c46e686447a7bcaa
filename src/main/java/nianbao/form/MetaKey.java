package nianbao.form;

import java.util.Arrays;
import java.util.Optional;

/** The header fields of a return: who filed it, for which year, and how to reach them. */
public enum MetaKey {
    AGENCY("meta.agency", "填报单位"),
    YEAR("meta.year", "年度"),
    CREDIT_CODE("meta.credit_code", "统一社会信用代码"),
    CONTACT("meta.contact", "联系人"),
    PHONE("meta.phone", "联系电话"),
    DATE("meta.date", "填报日期");

    private final String key;
    private final String label;

    MetaKey(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key, which is also the defined name of the cell in a workbook. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<MetaKey> find(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
