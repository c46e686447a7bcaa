package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Pairs a table's printed rows of numbers with its rows in the form's printed order. A number row whose
 * own label fits exactly one row is an anchor, unless two anchors disagree on the order (then neither
 * is). Between two anchors the rows of numbers are paired in order with the rows the form has there,
 * only when there are exactly as many; otherwise those rows are left unpaired (missing), never guessed.
 * Rows too short to be a table row (a stray number, a page number) count only as anchors.
 */
final class RowOrder {

    /**
     * A printed row of numbers as the pairing sees it.
     *
     * @param sure the row of the table its own label names, or empty
     * @param full whether it has enough numbers to be a whole row of the table
     */
    record Candidate(OptionalInt sure, boolean full) {
    }

    /**
     * The pairing: for each row of the table, the candidate printed for it or -1, and for each unpaired
     * row why, in Chinese.
     *
     * @param rowOf candidate index per table row, -1 when unpaired
     * @param why the reason per table row left unpaired ("" when paired)
     * @param anchors how many candidates were anchors
     * @param unplaced how many whole candidate rows were left unpaired
     */
    record Pairing(int[] rowOf, String[] why, int anchors, int unplaced) {

        /** How far the pairing falls short: rows left unpaired plus whole printed rows left over. */
        int shortfall() {
            return (int) Arrays.stream(rowOf).filter(i -> i < 0).count() + unplaced;
        }
    }

    private RowOrder() {
    }

    /** Pairs the candidates (in printed order) with the table's rows, whose labels are given for messages. */
    static Pairing pair(List<Candidate> candidates, List<String> rowLabels) {
        int n = rowLabels.size();
        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        String[] why = new String[n];
        Arrays.fill(why, "");
        List<int[]> anchors = anchors(candidates);
        List<int[]> bounds = new ArrayList<>();
        bounds.add(new int[] {-1, -1});
        bounds.addAll(anchors);
        bounds.add(new int[] {candidates.size(), n});
        int unplaced = 0;
        for (int[] anchor : anchors) {
            rowOf[anchor[1]] = anchor[0];
        }
        for (int b = 0; b + 1 < bounds.size(); b++) {
            int[] from = bounds.get(b);
            int[] to = bounds.get(b + 1);
            List<Integer> whole = new ArrayList<>();
            for (int c = from[0] + 1; c < to[0]; c++) {
                if (candidates.get(c).full()) {
                    whole.add(c);
                }
            }
            int rows = to[1] - from[1] - 1;
            if (whole.size() == rows) {
                for (int k = 0; k < rows; k++) {
                    rowOf[from[1] + 1 + k] = whole.get(k);
                }
            } else {
                unplaced += whole.size();
                String reason = gap(rowLabels, from[1], to[1], whole.size(), rows);
                for (int r = from[1] + 1; r < to[1]; r++) {
                    why[r] = reason;
                }
            }
        }
        return new Pairing(rowOf, why, anchors.size(), unplaced);
    }

    /** The anchors {candidate, row} in printed order, those that disagree with another on the order dropped. */
    static List<int[]> anchors(List<Candidate> candidates) {
        List<int[]> all = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            OptionalInt sure = candidates.get(c).sure();
            if (sure.isPresent()) {
                all.add(new int[] {c, sure.getAsInt()});
            }
        }
        boolean[] dropped = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i)[1] >= all.get(j)[1]) {
                    dropped[i] = true;
                    dropped[j] = true;
                }
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!dropped[i]) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    private static String gap(List<String> labels, int before, int after, int printed, int rows) {
        String where = before < 0 && after >= labels.size() ? "表中"
                : before < 0 ? "「" + labels.get(after) + "」行之前"
                : after >= labels.size() ? "「" + labels.get(before) + "」行之后"
                : "「" + labels.get(before) + "」行与「" + labels.get(after) + "」行之间";
        return where + "印出 " + printed + " 行数字，应有 " + rows + " 行，且这些行的行名未能辨认，"
                + "无法确定各行数字属于哪一行，未取值，请核对原文";
    }
}
