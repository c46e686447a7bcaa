package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nianbao.form.Field;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;

/**
 * Decides between the cuts left for rows printed run together, once each row's own identity has had its
 * say, by the identities across rows (a column's 总计, the 勾稽关系): a combination of cuts under which one
 * of them fails is rejected when another combination makes it hold; a cell is read only when every
 * combination left gives it the same number.
 */
final class CutChoice {

    /**
     * A row's cells after the choice.
     *
     * @param cells the cell texts, null for a cell the choice left open
     * @param decidedBy every identity that narrowed the cuts
     * @param open why a cell left open is not read, or ""
     */
    record Decided(List<String> cells, Set<IdentityKind> decidedBy, String open) {
    }

    private CutChoice() {
    }

    /**
     * Decides the rows with more than one cut left.
     *
     * @param rows the rows' cells, each with the fields it fills
     * @param known the values already read elsewhere in the table (and rows not printed, as 0)
     * @return for each row with more than one cut, in the order given, what is decided
     */
    static List<Decided> decide(List<RowCells> rows, List<List<Field>> fields, Map<String, BigDecimal> known) {
        long combinations = 1;
        for (RowCells r : rows) {
            combinations = Math.min(DigitSplits.LIMIT + 1L, combinations * r.readings().size());
        }
        List<String> keys = new ArrayList<>();
        fields.forEach(fs -> fs.forEach(f -> keys.add(f.key())));
        List<Identity> identities = IdentityCheck.across(keys);
        if (combinations > DigitSplits.LIMIT) {
            List<Decided> open = new ArrayList<>();
            for (RowCells r : rows) {
                open.add(open(r, "拆法组合太多"));
            }
            return open;
        }
        List<int[]> all = new ArrayList<>();
        combine(rows, 0, new int[rows.size()], all);
        List<List<Optional<Boolean>>> outcomes = new ArrayList<>();
        for (int[] choice : all) {
            Map<String, BigDecimal> values = new HashMap<>(known);
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r).readings().get(choice[r]);
                for (int c = 0; c < cells.size(); c++) {
                    values.put(fields.get(r).get(c).key(), PrintedNumber.parse(cells.get(c)).map(PrintedNumber::value).orElse(null));
                }
            }
            outcomes.add(identities.stream().map(i -> IdentityCheck.holds(i, values)).toList());
        }
        Set<IdentityKind> used = EnumSet.noneOf(IdentityKind.class);
        List<int[]> left = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            boolean rejected = false;
            for (int i = 0; i < identities.size(); i++) {
                if (outcomes.get(k).get(i).equals(Optional.of(false)) && holdsSomewhere(outcomes, i)) {
                    rejected = true;
                    used.add(identities.get(i).kind());
                }
            }
            if (!rejected) {
                left.add(all.get(k));
            }
        }
        List<Decided> decided = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            decided.add(agreed(rows.get(r), r, left, used));
        }
        return decided;
    }

    private static Decided agreed(RowCells row, int r, List<int[]> left, Set<IdentityKind> used) {
        int width = row.readings().get(0).size();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String common = null;
            boolean same = !left.isEmpty();
            for (int[] choice : left) {
                String text = row.readings().get(choice[r]).get(c);
                if (common == null) {
                    common = text;
                } else if (!common.equals(text)) {
                    same = false;
                }
            }
            cells.add(same ? common : null);
        }
        Set<IdentityKind> by = EnumSet.noneOf(IdentityKind.class);
        by.addAll(row.decidedBy());
        by.addAll(used);
        long ways = left.stream().map(choice -> choice[r]).distinct().count();
        String open = ways == 1 ? ""
                : "这一行的数字连在一起（" + row.printed() + "），" + (ways == 0 ? "没有一种拆法与表中其他行的合计、勾稽关系都相符"
                : "有 " + ways + " 种拆法都符合表中的合计与勾稽关系") + "，无法确定，未取值，请核对原文";
        return new Decided(cells, by, open);
    }

    private static Decided open(RowCells row, String what) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.readings().get(0).size(); c++) {
            cells.add(null);
        }
        return new Decided(cells, Set.of(), "这一行的数字连在一起（" + row.printed() + "），" + what + "，无法确定，未取值，请核对原文");
    }

    private static boolean holdsSomewhere(List<List<Optional<Boolean>>> outcomes, int identity) {
        return outcomes.stream().anyMatch(o -> o.get(identity).equals(Optional.of(true)));
    }

    private static void combine(List<RowCells> rows, int r, int[] choice, List<int[]> out) {
        if (r == rows.size()) {
            out.add(choice.clone());
            return;
        }
        for (int k = 0; k < rows.get(r).readings().size(); k++) {
            choice[r] = k;
            combine(rows, r + 1, choice, out);
        }
    }
}
