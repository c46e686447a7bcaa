package nianbao.template;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;

/**
 * The one source of what sheet 年报数据 shows for a filling, cell by cell; both the POI writer and
 * {@link FilledSheet} write these, so they cannot disagree.
 */
public final class SheetValues {

    private SheetValues() {
    }

    /**
     * Every value-carrying cell of the data sheet → what it shows, in sheet order (row by row): each
     * meta key's text (empty when not filled), each input given a value, every total, every balance
     * check and the status. Inputs without a value are absent, as their cells stay blank.
     */
    public static SortedMap<CellAddress, ShownValue> of(Filling filling) {
        SortedMap<CellAddress, ShownValue> shown = new TreeMap<>();
        for (MetaKey m : MetaKey.values()) {
            shown.put(TemplateLayout.cell(m), new ShownValue.Text(filling.meta().getOrDefault(m, "")));
        }
        Map<String, BigDecimal> values = filling.values();
        for (Field f : Form.fields()) {
            if (f.isFormula() || values.containsKey(f.key())) {
                shown.put(TemplateLayout.cell(f), new ShownValue.Numeric(Form.value(f, values)));
            }
        }
        int unbalanced = 0;
        for (Identity balance : Formulas.balances()) {
            String check = Formulas.checkValue(balance, values);
            shown.put(TemplateLayout.check(balance).topLeft(), new ShownValue.Text(check));
            unbalanced += check.equals(Formulas.BALANCED) ? 0 : 1;
        }
        shown.put(TemplateLayout.status().topLeft(), new ShownValue.Text(Formulas.statusValue(unbalanced)));
        return Collections.unmodifiableSortedMap(shown);
    }
}
