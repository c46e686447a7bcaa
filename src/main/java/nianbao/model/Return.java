package nianbao.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;

/**
 * One agency's return as read from a file: who and when, the value of every key that could be read,
 * where each value came from, and what the reader found while reading (blank cells, text, …).
 *
 * @param source the file it was read from, as the user named it
 * @param meta the header fields that were filled in
 * @param values key → value, in form order; a key that could not be located is absent
 * @param cells key → the cell the value was read from
 * @param findings what reading found (cell rules); identities are the verifier's
 */
public record Return(
        String source,
        Map<MetaKey, String> meta,
        Map<String, BigDecimal> values,
        Map<String, CellAddress> cells,
        List<Finding> findings) {

    public Return {
        Objects.requireNonNull(source, "source");
        meta = Collections.unmodifiableMap(meta.isEmpty() ? new EnumMap<>(MetaKey.class) : new EnumMap<>(meta));
        values = Collections.unmodifiableMap(inFormOrder(values));
        cells = Map.copyOf(cells);
        findings = List.copyOf(findings);
    }

    public Optional<String> findMeta(MetaKey key) {
        return Optional.ofNullable(meta.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** 填报单位, or "" when the return does not say. */
    public String agency() {
        return findMeta(MetaKey.AGENCY).orElse("");
    }

    /** 年度 as a four-digit year, when the return states one. */
    public OptionalInt year() {
        return findMeta(MetaKey.YEAR)
                .map(y -> y.replaceAll("[^0-9０-９]", ""))
                .filter(y -> y.length() == 4)
                .map(y -> OptionalInt.of(Integer.parseInt(java.text.Normalizer.normalize(y, java.text.Normalizer.Form.NFKC))))
                .orElse(OptionalInt.empty());
    }

    /** The value of a key, or zero when it could not be read. */
    public BigDecimal value(String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    public BigDecimal value(Field field) {
        return value(field.key());
    }

    public Optional<CellAddress> findCell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    private static Map<String, BigDecimal> inFormOrder(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            BigDecimal v = values.get(f.key());
            if (v != null) {
                ordered.put(f.key(), v);
            }
        }
        if (ordered.size() != values.size()) {
            throw new IllegalArgumentException("values hold keys that are not on the form: " + values.keySet());
        }
        return ordered;
    }
}
