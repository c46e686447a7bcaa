package nianbao.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.form.Labels;

/**
 * Pairs the printed rows that carry numbers with the form's row labels, in printed order: each label
 * is scored against the text around each row (its own label and the wrapped label lines beside it),
 * and the order-preserving pairing with the best total wins. A label without enough evidence stays
 * unpaired, so a row that is not there is reported missing, never guessed.
 */
final class RowAligner {

    /** The least share of a label's character pairs that must be found near a row. */
    private static final double ENOUGH = 0.5;

    private final List<String> labels;
    private final List<Set<String>> pairs = new ArrayList<>();
    private final List<Set<String>> distinctive = new ArrayList<>();

    RowAligner(List<String> labels) {
        this.labels = List.copyOf(labels);
        for (String label : labels) {
            pairs.add(bigrams(Labels.normalize(label)));
        }
        for (int i = 0; i < labels.size(); i++) {
            Set<String> own = new HashSet<>(pairs.get(i));
            for (int j = 0; j < labels.size(); j++) {
                if (j != i) {
                    own.removeAll(pairs.get(j));
                }
            }
            distinctive.add(own);
        }
    }

    /** The outcome: for each label, the index of its row among the contexts, or -1; and the total score. */
    record Pairing(int[] rowOfLabel, double score) {
    }

    /** Pairs labels with rows, given each row's surrounding text in printed order. */
    Pairing align(List<String> contexts) {
        int m = contexts.size();
        int n = labels.size();
        double[][] s = new double[m][n];
        for (int i = 0; i < m; i++) {
            String context = Labels.normalize(contexts.get(i));
            for (int j = 0; j < n; j++) {
                s[i][j] = score(j, context);
            }
        }
        double[][] best = new double[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                double pair = s[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + s[i - 1][j - 1] : -1;
                best[i][j] = Math.max(pair, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        int[] rowOfLabel = new int[n];
        java.util.Arrays.fill(rowOfLabel, -1);
        for (int i = m, j = n; i > 0 && j > 0; ) {
            if (s[i - 1][j - 1] > 0 && best[i][j] == best[i - 1][j - 1] + s[i - 1][j - 1]) {
                rowOfLabel[j - 1] = i - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return new Pairing(rowOfLabel, best[m][n]);
    }

    /** The share of the label's character pairs found in the context, or 0 below the evidence needed. */
    private double score(int label, String context) {
        double share = share(pairs.get(label), context);
        Set<String> own = distinctive.get(label);
        boolean enoughOwn = own.isEmpty() || share(own, context) >= ENOUGH;
        return share >= ENOUGH && enoughOwn ? share : 0;
    }

    private static double share(Set<String> grams, String context) {
        if (grams.isEmpty()) {
            return 0;
        }
        long found = grams.stream().filter(context::contains).count();
        return (double) found / grams.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        if (s.length() == 1) {
            grams.add(s);
        }
        return grams;
    }
}
