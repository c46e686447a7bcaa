package nianbao.consolidate;

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
import nianbao.model.Code;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;

/** Random but consistent returns (every identity holds), built in memory from a seeded Random. */
final class SampleReturns {

    private SampleReturns() {
    }

    /** Values satisfying every identity of the form: random inputs, totals computed, carried_forward balancing. */
    static Map<String, BigDecimal> values(Random rnd) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput()) {
                v.put(f.key(), f.type() == ValueType.AMOUNT
                        ? BigDecimal.valueOf(rnd.nextInt(5_000_000), rnd.nextInt(7))
                        : BigDecimal.valueOf(rnd.nextInt(4) == 0 ? rnd.nextInt(50) : 0));
            }
        }
        for (Applicant c : Applicant.inputs()) {
            BigDecimal results = MatrixRow.results().stream().map(r -> v.get(Form.matrix(r, c).key())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal carriedOver = v.get(Form.matrix(MatrixRow.CARRIED_OVER, c).key());
            BigDecimal forward = v.get(Form.matrix(MatrixRow.CARRIED_FORWARD, c).key());
            BigDecimal fresh = results.add(forward).subtract(carriedOver);
            if (fresh.signum() < 0) {
                v.put(Form.matrix(MatrixRow.CARRIED_FORWARD, c).key(), forward.subtract(fresh));
                fresh = BigDecimal.ZERO;
            }
            v.put(Form.matrix(MatrixRow.NEW, c).key(), fresh);
        }
        return Form.withTotals(v);
    }

    static Return of(String file, String agency, String code, int year, String date, Map<String, BigDecimal> values) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency);
        meta.put(MetaKey.YEAR, String.valueOf(year));
        if (!code.isEmpty()) {
            meta.put(MetaKey.CREDIT_CODE, code);
        }
        if (!date.isEmpty()) {
            meta.put(MetaKey.DATE, date);
        }
        return new Return(file, meta, values, Map.of(), List.of());
    }

    static FileResult ok(Return r) {
        return FileResult.of(r, List.of());
    }

    static FileResult invalid(Return r) {
        return FileResult.of(r, List.of(new Finding(Code.BALANCE, List.of("application.new.total"), null, "1", "2", "勾稽关系不平衡")));
    }

    static FileFacts facts(long modified) {
        return new FileFacts(100, new byte[32], modified);
    }
}
