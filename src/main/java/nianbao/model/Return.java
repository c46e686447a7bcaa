package nianbao.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
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
        values = FormValues.of(values);
        cells = Map.copyOf(cells);
        findings = List.copyOf(findings);
    }

    public Optional<String> findMeta(MetaKey key) {
        return Optional.ofNullable(meta.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A header field as filled in, stripped; "" when it is not. */
    public String metaText(MetaKey key) {
        String stated = meta.get(key);
        return stated == null ? "" : stated.strip();
    }

    /** 填报单位, or "" when the return does not say. */
    public String agency() {
        return metaText(MetaKey.AGENCY);
    }

    /** 年度 as a four-digit year, when the return states one. */
    public OptionalInt year() {
        String stated = meta.get(MetaKey.YEAR);
        return stated == null ? OptionalInt.empty() : parseYear(stated);
    }

    /** The year a 年度 field states: its digits (half- or full-width) when there are exactly four of them. */
    public static OptionalInt parseYear(String stated) {
        int year = 0;
        int digits = 0;
        for (int i = 0; i < stated.length(); i++) {
            int d = digit(stated.charAt(i));
            if (d >= 0) {
                year = digits < 4 ? year * 10 + d : year;
                digits++;
            }
        }
        return digits == 4 ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /** A half- or full-width decimal digit's value, else -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    /** The value of a key, or zero when it could not be read. */
    public BigDecimal value(String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    public BigDecimal value(Field field) {
        return value(field.key());
    }

    /** The value of the field at this index of {@link Form#fields()}, or null when it could not be read. */
    public BigDecimal valueAt(int index) {
        return ((FormValues) values).at(index); // the constructor makes every values map a FormValues
    }

    public Optional<CellAddress> findCell(String key) {
        return Optional.ofNullable(cells.get(key));
    }
}
