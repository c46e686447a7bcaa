package nianbao.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The ways numbers printed run together ({@code 280000028}, {@code 0 0 0 0 0 00}) can be cut into the
 * cells of a row. Each printed token is cut into one or more numbers, a run of plain digits anywhere
 * and any other number (7730.28, 1,234) not at all; no number but 0 itself starts with 0. A row may
 * also leave cells blank: {@link #withBlanks} places them, {@code null} marking a blank cell.
 */
final class DigitSplits {

    /** The most ways looked at for one row: beyond, a row is too run together to tell. */
    static final int LIMIT = 20_000;

    private DigitSplits() {
    }

    /** The tokens cut into exactly {@code cells} numbers; empty when there are more ways than {@link #LIMIT}. */
    static Optional<List<List<String>>> of(List<String> tokens, int cells) {
        List<String> plain = tokens.stream().map(DigitSplits::plain).toList();
        if (count(plain, 0, cells, new long[plain.size() + 1][cells + 1]) > LIMIT) {
            return Optional.empty();
        }
        List<List<String>> out = new ArrayList<>();
        cut(plain, tokens, 0, cells, new ArrayList<>(), out);
        return Optional.of(out);
    }

    /**
     * The tokens cut into {@code cells − blanks} numbers, for each of 1 to {@code maxBlanks} blank cells,
     * with the blanks placed every way; empty when there are too many ways.
     */
    static Optional<List<List<String>>> withBlanks(List<String> tokens, int cells, int maxBlanks) {
        List<List<String>> out = new ArrayList<>();
        for (int blanks = 1; blanks <= maxBlanks && blanks < cells; blanks++) {
            Optional<List<List<String>>> numbers = of(tokens, cells - blanks);
            if (numbers.isEmpty() || (long) numbers.get().size() * choose(cells, blanks) > LIMIT) {
                return Optional.empty();
            }
            for (List<String> n : numbers.get()) {
                placeBlanks(n, cells, blanks, 0, new ArrayList<>(), out);
            }
        }
        return Optional.of(out);
    }

    /** How many digits the tokens print; a token that is not plain digits counts as one. */
    static int digits(List<String> tokens) {
        return tokens.stream().mapToInt(t -> isDigits(plain(t)) ? plain(t).length() : 1).sum();
    }

    private static void placeBlanks(List<String> numbers, int cells, int blanks, int from, List<String> row,
                                    List<List<String>> out) {
        if (row.size() == cells) {
            out.add(Collections.unmodifiableList(new ArrayList<>(row)));
            return;
        }
        int placed = row.size() - from;
        if (blanks - placed > 0) {
            row.add(null);
            placeBlanks(numbers, cells, blanks, from, row, out);
            row.remove(row.size() - 1);
        }
        if (from < numbers.size()) {
            row.add(numbers.get(from));
            placeBlanks(numbers, cells, blanks, from + 1, row, out);
            row.remove(row.size() - 1);
        }
    }

    private static long count(List<String> tokens, int from, int cells, long[][] memo) {
        if (from == tokens.size()) {
            return cells == 0 ? 1 : 0;
        }
        if (cells <= 0) {
            return 0;
        }
        if (memo[from][cells] != 0) {
            return memo[from][cells] - 1;
        }
        long n = 0;
        for (int parts = 1; parts <= cells; parts++) {
            long ways = ways(tokens.get(from), parts);
            if (ways > 0) {
                n = Math.min(Long.MAX_VALUE / 2, n + ways * count(tokens, from + 1, cells - parts, memo));
            }
        }
        memo[from][cells] = n + 1;
        return n;
    }

    /** In how many ways a token can be cut into {@code parts} numbers (capped, only to compare with the limit). */
    private static long ways(String token, int parts) {
        if (!isDigits(token)) {
            return parts == 1 && PrintedNumber.isNumber(token) ? 1 : 0;
        }
        long[][] memo = new long[token.length() + 1][parts + 1];
        return waysFrom(token, 0, parts, memo);
    }

    private static long waysFrom(String digits, int at, int parts, long[][] memo) {
        if (at == digits.length()) {
            return parts == 0 ? 1 : 0;
        }
        if (parts == 0) {
            return 0;
        }
        if (memo[at][parts] != 0) {
            return memo[at][parts] - 1;
        }
        long n = 0;
        int longest = digits.charAt(at) == '0' ? 1 : digits.length() - at;
        for (int len = 1; len <= longest; len++) {
            n = Math.min(Long.MAX_VALUE / 2, n + waysFrom(digits, at + len, parts - 1, memo));
        }
        memo[at][parts] = n + 1;
        return n;
    }

    private static void cut(List<String> plain, List<String> printed, int from, int cells, List<String> row,
                            List<List<String>> out) {
        if (from == plain.size()) {
            if (cells == 0) {
                out.add(List.copyOf(row));
            }
            return;
        }
        String token = plain.get(from);
        if (!isDigits(token)) {
            if (cells > 0 && PrintedNumber.isNumber(token)) {
                row.add(printed.get(from));
                cut(plain, printed, from + 1, cells - 1, row, out);
                row.remove(row.size() - 1);
            }
            return;
        }
        cutDigits(plain, printed, from, 0, cells, row, out);
    }

    /** Cuts the digits of token {@code from} from {@code at} on into numbers, then goes on with the next token. */
    private static void cutDigits(List<String> plain, List<String> printed, int from, int at, int cells,
                                  List<String> row, List<List<String>> out) {
        String digits = plain.get(from);
        if (at == digits.length()) {
            cut(plain, printed, from + 1, cells, row, out);
            return;
        }
        if (cells == 0) {
            return;
        }
        int longest = digits.charAt(at) == '0' ? 1 : digits.length() - at;
        for (int len = 1; len <= longest; len++) {
            row.add(digits.substring(at, at + len));
            cutDigits(plain, printed, from, at + len, cells - 1, row, out);
            row.remove(row.size() - 1);
        }
    }

    /** A token with full-width digits made plain. */
    private static String plain(String token) {
        return Normalizer.normalize(token, Normalizer.Form.NFKC).strip();
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static long choose(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }
}
