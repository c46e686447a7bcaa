package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import org.junit.jupiter.api.Test;

/** A label layout's plan is shared by layouts of the same cells and equal to one worked out afresh. */
class TemplatePlanTest {

    @Test
    void aLabelPlanIsSharedByEqualCellsAndWorkedOutAgainForOthers() {
        Map<String, CellAddress> cells = new HashMap<>();
        for (Field f : Form.fields()) {
            cells.put(f.key(), new CellAddress(f.index() % 3 == 0 ? "表二" : "表三", f.index(), 2));
        }
        Map<String, CellAddress> moved = new HashMap<>(cells);
        moved.put(Form.fields().get(7).key(), new CellAddress("表三", 500, 4));
        LayoutCache cache = new LayoutCache();
        TemplatePlan plan = TemplatePlan.ofLabels(cells, cache);
        TemplatePlan other = TemplatePlan.ofLabels(moved, cache);

        assertThat(TemplatePlan.ofLabels(new HashMap<>(cells), cache)).isSameAs(plan);
        assertThat(other).isNotSameAs(plan);
        assertThat(TemplatePlan.ofLabels(Map.copyOf(moved), cache)).isSameAs(other);
        assertThat(TemplatePlan.ofLabels(cells, new LayoutCache())).isNotSameAs(plan);
        for (Map.Entry<Map<String, CellAddress>, TemplatePlan> e : Map.of(cells, plan, moved, other).entrySet()) {
            TemplatePlan fresh = TemplatePlan.of(e.getKey(), Map.of(), cache);
            assertThat(e.getValue().sheets()).containsExactly(fresh.sheets());
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(e.getValue().cell(i)).isEqualTo(fresh.cell(i));
                assertThat(e.getValue().sheetOf(i)).isEqualTo(fresh.sheetOf(i));
                assertThat(e.getValue().sum(i)).isNull();
                assertThat(e.getValue().inputs(i)).isNull();
            }
        }
    }
}
