package nianbao.bench;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.model.Code;

/** The mistakes a synthetic return may carry, each with the error code a verifier must report for it. */
enum Mistake {
    /** A clean return. */
    NONE(null),
    /** One input count typed negative; the totals follow it. */
    NEGATIVE(Code.NEGATIVE),
    /** 结转下年度 of one column one more than its balance allows; the totals follow it. */
    IMBALANCE(Code.BALANCE),
    /** A formula cell's cached value one more than its inputs sum to (a workbook not recalculated). */
    STALE(Code.STALE_FORMULA);

    private final Code code;

    Mistake(Code code) {
        this.code = code;
    }

    /** The error code reported for this mistake (none for {@link #NONE}). */
    Code code() {
        return code;
    }

    /** The mistakes a file can carry: a stale cache needs formula cells with cached values. */
    static List<Mistake> possible(boolean cachedFormulas) {
        return cachedFormulas ? List.of(NEGATIVE, IMBALANCE, STALE) : List.of(NEGATIVE, IMBALANCE);
    }

    /** The inputs with this mistake made in them (the inputs themselves for NONE and STALE). */
    Map<String, BigDecimal> inputs(Map<String, BigDecimal> inputs, Random random) {
        Map<String, BigDecimal> v = new HashMap<>(inputs);
        Applicant col = Applicant.inputs().get(random.nextInt(Applicant.inputs().size()));
        switch (this) {
            case NEGATIVE -> v.put(Form.matrix(MatrixRow.GRANTED, col).key(), BigDecimal.valueOf(-1 - random.nextInt(9)));
            case IMBALANCE -> v.merge(Form.matrix(MatrixRow.CARRIED_FORWARD, col).key(), BigDecimal.ONE, BigDecimal::add);
            case NONE, STALE -> { }
        }
        return v;
    }

    /** The values shown in the cells: the computed ones, one formula cell off for STALE. */
    Map<String, BigDecimal> shown(Map<String, BigDecimal> computed, Random random) {
        if (this != STALE) {
            return computed;
        }
        List<Field> formulas = Form.fields().stream().filter(Field::isFormula).toList();
        Map<String, BigDecimal> v = new HashMap<>(computed);
        v.merge(formulas.get(random.nextInt(formulas.size())).key(), BigDecimal.ONE, BigDecimal::add);
        return v;
    }
}
