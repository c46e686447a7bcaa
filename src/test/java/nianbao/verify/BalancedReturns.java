package nianbao.verify;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ValueType;
import nianbao.model.CellAddress;
import nianbao.model.Return;

/** Test fixtures: random returns whose every identity holds, built from the form alone. */
public final class BalancedReturns {

    private BalancedReturns() {
    }

    /** All 200 values, random small counts (and a fee with decimals), every identity holding. */
    public static Map<String, BigDecimal> values(Random random) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                v.put(f.key(), f.type() == ValueType.AMOUNT
                        ? BigDecimal.valueOf(random.nextInt(100_000), 4)
                        : BigDecimal.valueOf(random.nextInt(4) == 0 ? random.nextInt(30) : 0));
            }
        }
        for (Applicant col : Applicant.inputs()) {
            balance(v, col, random);
        }
        return Form.withTotals(v);
    }

    /** Chooses 上年结转 and 结转下年度 of a column so that its balance holds. */
    private static void balance(Map<String, BigDecimal> v, Applicant col, Random random) {
        int total = MatrixRow.results().stream().mapToInt(r -> v.get(Form.matrix(r, col).key()).intValue()).sum();
        int forward = random.nextInt(4);
        int over = random.nextInt(Math.min(3, total + forward) + 1);
        v.put(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key(), BigDecimal.valueOf(forward));
        v.put(Form.matrix(MatrixRow.CARRIED_OVER, col).key(), BigDecimal.valueOf(over));
        v.put(Form.matrix(MatrixRow.NEW, col).key(), BigDecimal.valueOf(total + forward - over));
    }


    /** A return of the given values, each key at a cell of its own on 年报数据. */
    public static Return of(String agency, int year, Map<String, BigDecimal> values) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        return new Return(agency + ".xlsx", meta, values, cells(values), List.of());
    }

    /** The cell a fixture puts a key in: column D, one row per field. */
    public static CellAddress cell(String key) {
        return new CellAddress("年报数据", Form.field(key).index() + 5, 3);
    }

    private static Map<String, CellAddress> cells(Map<String, BigDecimal> values) {
        Map<String, CellAddress> cells = new LinkedHashMap<>();
        values.keySet().forEach(k -> cells.put(k, cell(k)));
        return cells;
    }
}
