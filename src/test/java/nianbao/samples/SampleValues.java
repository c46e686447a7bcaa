package nianbao.samples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Applicant;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;

/**
 * Realistic, balanced input values for one agency: applications mostly from natural persons, most
 * granted or 不掌握, few carried across years, table 二 and 四 from the agency's profile.
 */
final class SampleValues {

    /** How often each applicant column applies, relative to 自然人 (order of {@link Applicant#inputs()}). */
    private static final double[] APPLICANT_WEIGHTS = {1.0, 0.25, 0.02, 0.04, 0.08, 0.05};

    private SampleValues() {
    }

    /**
     * The input values of one agency.
     *
     * @param applications about how many new applications from natural persons
     * @param decisions licensing, penalty and coercion decisions
     * @param fee 行政事业性收费 in 万元, as written
     */
    static Map<String, BigDecimal> inputs(Random random, int applications, int[] decisions, String fee, int[] reviews) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        int inForce = 3 + random.nextInt(30);
        int issued = random.nextInt(4);
        put(v, "disclosure.rules.issued", 0);
        put(v, "disclosure.rules.repealed", 0);
        put(v, "disclosure.rules.in_force", 0);
        put(v, "disclosure.normative_docs.issued", issued);
        put(v, "disclosure.normative_docs.repealed", random.nextInt(2));
        put(v, "disclosure.normative_docs.in_force", inForce);
        put(v, "disclosure.licensing.decisions", decisions[0]);
        put(v, "disclosure.penalty.decisions", decisions[1]);
        put(v, "disclosure.coercion.decisions", decisions[2]);
        v.put("disclosure.fees.amount", new BigDecimal(fee));
        for (int c = 0; c < Applicant.inputs().size(); c++) {
            column(v, random, Applicant.inputs().get(c), (int) Math.round(applications * APPLICANT_WEIGHTS[c] * (0.5 + random.nextDouble())));
        }
        List<ReviewOutcome> outcomes = ReviewOutcome.inputs();
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewOutcome outcome : outcomes) {
                put(v, Form.review(group, outcome).key(), 0);
            }
        }
        for (int i = 0; i < reviews.length; i++) {
            String key = Form.review(ReviewGroup.values()[i / 4], outcomes.get(i % 4)).key();
            put(v, key, reviews[i]);
        }
        return v;
    }

    /** One applicant column: new, carried over and forward, and the results, balanced. */
    private static void column(Map<String, BigDecimal> v, Random random, Applicant col, int fresh) {
        int over = fresh == 0 ? 0 : random.nextInt(Math.min(2, fresh) + 1);
        int forward = random.nextInt(Math.min(2, fresh + over) + 1);
        put(v, Form.matrix(MatrixRow.NEW, col).key(), fresh);
        put(v, Form.matrix(MatrixRow.CARRIED_OVER, col).key(), over);
        put(v, Form.matrix(MatrixRow.CARRIED_FORWARD, col).key(), forward);
        List<MatrixRow> results = MatrixRow.results();
        int[] counts = new int[results.size()];
        for (int i = 0; i < fresh + over - forward; i++) {
            counts[pick(random, results)]++;
        }
        for (int r = 0; r < results.size(); r++) {
            put(v, Form.matrix(results.get(r), col).key(), counts[r]);
        }
    }

    /** A result row drawn with realistic weights: mostly 予以公开, then 不掌握, then the rest. */
    private static int pick(Random random, List<MatrixRow> results) {
        double x = random.nextDouble();
        if (x < 0.5) {
            return results.indexOf(MatrixRow.GRANTED);
        }
        if (x < 0.62) {
            return results.indexOf(MatrixRow.PARTIAL);
        }
        if (x < 0.82) {
            return results.indexOf(MatrixRow.UNAVAILABLE_NOT_HELD);
        }
        return random.nextInt(results.size());
    }

    private static void put(Map<String, BigDecimal> v, String key, int value) {
        v.put(key, BigDecimal.valueOf(value));
    }
}
