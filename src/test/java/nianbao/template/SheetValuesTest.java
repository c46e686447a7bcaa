package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;

class SheetValuesTest {

    private static final ShownValue.Numeric ZERO = new ShownValue.Numeric(BigDecimal.ZERO);

    @Test
    void aBlankFillingShowsEmptyHeadersZeroTotalsAndBalancedChecksOnly() {
        SortedMap<CellAddress, ShownValue> shown = SheetValues.of(Filling.blank());
        long formulas = Form.fields().stream().filter(Field::isFormula).count();
        assertThat(shown).hasSize((int) (MetaKey.values().length + formulas + Formulas.balances().size() + 1));
        for (MetaKey m : MetaKey.values()) {
            assertThat(shown.get(TemplateLayout.cell(m))).as(m.key()).isEqualTo(new ShownValue.Text(""));
        }
        for (Field f : Form.fields()) {
            assertThat(shown.get(TemplateLayout.cell(f))).as(f.key()).isEqualTo(f.isFormula() ? ZERO : null);
        }
        Formulas.balances().forEach(b -> assertThat(shown.get(TemplateLayout.check(b).topLeft())).isEqualTo(new ShownValue.Text("平衡")));
        assertThat(shown.get(TemplateLayout.status().topLeft())).isEqualTo(new ShownValue.Text("全部平衡"));
    }

    @Test
    void inputsShowAsGivenAndTotalsAndChecksFollowThem() {
        Field fee = Form.field("disclosure.fees.amount");
        Field granted = Form.matrix(MatrixRow.GRANTED, Applicant.BUSINESS);
        Filling filling = Filling.header("湛河区信访局", 2024).withValues(Map.of(fee.key(), new BigDecimal("12.50"), granted.key(), BigDecimal.TEN));
        SortedMap<CellAddress, ShownValue> shown = SheetValues.of(filling);
        assertThat(shown.get(TemplateLayout.cell(MetaKey.AGENCY))).isEqualTo(new ShownValue.Text("湛河区信访局"));
        assertThat(shown.get(TemplateLayout.cell(MetaKey.YEAR))).isEqualTo(new ShownValue.Text("2024"));
        assertThat(shown.get(TemplateLayout.cell(fee))).isEqualTo(new ShownValue.Numeric(new BigDecimal("12.50")));
        assertThat(shown.get(TemplateLayout.cell(Form.matrix(MatrixRow.GRANTED, Applicant.TOTAL)))).isEqualTo(new ShownValue.Numeric(BigDecimal.TEN));
        assertThat(shown.get(TemplateLayout.cell(Form.matrix(MatrixRow.TOTAL, Applicant.TOTAL)))).isEqualTo(new ShownValue.Numeric(BigDecimal.TEN));
        assertThat(shown.get(TemplateLayout.check(Formulas.balances().get(Applicant.BUSINESS.ordinal())).topLeft()))
                .isEqualTo(new ShownValue.Text("不平衡\n相差 10"));
        assertThat(shown.get(TemplateLayout.status().topLeft())).isEqualTo(new ShownValue.Text("不平衡：2列，见第" + (TemplateLayout.checkBlock().firstRow() + 1) + "行"));
    }

    @Test
    void cellsComeInSheetOrderRowByRow() {
        CellAddress previous = null;
        for (CellAddress a : SheetValues.of(Filling.blank()).keySet()) {
            if (previous != null) {
                assertThat(a.row() > previous.row() || a.row() == previous.row() && a.column() > previous.column()).as(a.a1()).isTrue();
            }
            previous = a;
        }
        assertThat(previous).isNotNull();
    }
}
