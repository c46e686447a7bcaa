package nianbao.template;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Return;

/**
 * What the writer fills into a template: header fields and input values. A blank template has none;
 * values of formula keys are not written, since their cells compute from the inputs.
 *
 * @param meta header fields, e.g. 填报单位 and 年度
 * @param values key → value of input cells
 */
public record Filling(Map<MetaKey, String> meta, Map<String, BigDecimal> values) {

    public Filling {
        meta = Map.copyOf(meta);
        values = Map.copyOf(values);
        values.keySet().forEach(Form::field);
    }

    /** Nothing filled in. */
    public static Filling blank() {
        return new Filling(Map.of(), Map.of());
    }

    /** 填报单位 and 年度 filled in when given (null or blank leaves them empty). */
    public static Filling header(String agency, Integer year) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        if (agency != null && !agency.isBlank()) {
            meta.put(MetaKey.AGENCY, agency.strip());
        }
        if (year != null) {
            meta.put(MetaKey.YEAR, Integer.toString(year));
        }
        return new Filling(meta, Map.of());
    }

    /** A return's header and input values, to fill a template with; its totals stay the template's formulas. */
    public static Filling of(Return read) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput() && read.values().containsKey(f.key())) {
                inputs.put(f.key(), read.values().get(f.key()));
            }
        }
        return new Filling(read.meta(), inputs);
    }

    /** This filling with these input values as well. */
    public Filling withValues(Map<String, BigDecimal> inputs) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(values);
        all.putAll(Objects.requireNonNull(inputs, "inputs"));
        return new Filling(meta, all);
    }
}
