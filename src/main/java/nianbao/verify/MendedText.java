package nianbao.verify;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * A return as it will read once its numbers stored as text ({@code number_as_text}) are typed as numbers:
 * each total whose formula left such a number out grows by it, through totals of totals too.
 */
final class MendedText {

    private final Return read;
    private final Map<String, BigDecimal> asText = new HashMap<>();
    private final Map<String, BigDecimal> growth = new HashMap<>();

    private MendedText(Return read) {
        this.read = read;
    }

    /** The mended return, or the return itself when no number is stored as text where a formula sums over it. */
    static Return of(Return r) {
        MendedText m = new MendedText(r);
        for (Finding f : r.findings()) {
            if (f.code() == Code.NUMBER_AS_TEXT) {
                m.asText.put(f.keys().get(0), r.value(f.keys().get(0)));
            }
        }
        if (m.asText.isEmpty()) {
            return r;
        }
        Map<String, BigDecimal> values = new HashMap<>(r.values());
        for (Field field : Form.fields()) {
            if (field.isFormula() && values.containsKey(field.key())) {
                values.put(field.key(), values.get(field.key()).add(m.growth(field)));
            }
        }
        return new Return(r.source(), r.meta(), values, r.cells(), r.findings());
    }

    /** How much a total grows once the numbers stored as text among its inputs count. */
    private BigDecimal growth(Field total) {
        BigDecimal known = growth.get(total.key());
        if (known != null) {
            return known;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Field input : Form.formulaInputs(total)) {
            BigDecimal text = asText.get(input.key());
            if (text != null) {
                sum = sum.add(text);
            } else if (input.isFormula()) {
                sum = sum.add(growth(input));
            }
        }
        growth.put(total.key(), sum);
        return sum;
    }
}
