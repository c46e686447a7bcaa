package nianbao.read.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.model.CellAddress;
import nianbao.read.LayoutCache;

/**
 * A formula the reader can compute itself: a signed sum of cells, ranges, defined names and numbers,
 * inside SUM(...) or with + and -. Anything else (other functions, * and /) is not parsed.
 *
 * @param terms the cells summed, each with its sign
 * @param constant the numbers added
 */
public record Formula(List<Term> terms, BigDecimal constant) {

    private static final Pattern RELATIVE_REF =
            Pattern.compile("(?<![A-Za-z0-9_.])(\\$?)([A-Z]{1,3})(\\$?)([0-9]{1,7})(?![0-9A-Za-z_.(])");
    private static final Pattern REF = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");

    /** One cell of the sum. */
    public record Term(CellAddress cell, int sign) {
    }

    public Formula {
        terms = List.copyOf(terms);
    }

    /** A formula's text as written on a sheet. */
    private record Written(String sheet, String text) implements LayoutCache.Key<Optional<Formula>> {
        @Override
        public int hashCode() {
            return Objects.hashCode(sheet) * 31 + text.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Written k && k.text.equals(text) && Objects.equals(k.sheet, sheet);
        }
    }

    /**
     * Parses {@code text} (without '='); unqualified references are on {@code sheet}. Formulas that use
     * no defined name are remembered in {@code cache}, since every file of one template repeats the same ones.
     */
    public static Optional<Formula> parse(String text, String sheet, Function<String, Optional<CellAddress>> names,
                                   LayoutCache cache) {
        if (text == null) {
            return Optional.empty();
        }
        Written key = new Written(sheet, text);
        Optional<Formula> known = cache.get(key);
        if (known != null) {
            return known;
        }
        Parser p = new Parser(text.strip(), sheet, names);
        Optional<Formula> parsed;
        try {
            p.expression(1);
            parsed = p.at < p.text.length() ? Optional.empty() : Optional.of(new Formula(p.terms, p.constant));
        } catch (IllegalArgumentException e) {
            parsed = Optional.empty();
        }
        return p.usedNames ? parsed : cache.put(key, parsed);
    }

    /** A shared formula's text moved by the given offset: relative references shift, $-absolute parts stay. */
    public static String shift(String text, int rows, int columns) {
        Matcher m = RELATIVE_REF.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String col = m.group(1).isEmpty()
                    ? CellAddress.columnName(CellAddress.columnIndex(m.group(2)) + columns) : m.group(2);
            long row = m.group(3).isEmpty() ? Long.parseLong(m.group(4)) + rows : Long.parseLong(m.group(4));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + col + m.group(3) + row));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The cells this formula sums, ignoring signs. */
    public List<CellAddress> cells() {
        return terms.stream().map(Term::cell).toList();
    }

    /** True when this is a plain sum (all signs +, no constant). */
    public boolean isPlainSum() {
        return constant.signum() == 0 && terms.stream().allMatch(t -> t.sign > 0);
    }

    private static final class Parser {
        private final String text;
        private final String sheet;
        private final Function<String, Optional<CellAddress>> names;
        private final List<Term> terms = new ArrayList<>();
        private BigDecimal constant = BigDecimal.ZERO;
        private int at;
        private boolean usedNames;

        Parser(String text, String sheet, Function<String, Optional<CellAddress>> names) {
            this.text = text;
            this.sheet = sheet;
            this.names = names;
        }

        void expression(int sign) {
            int s = sign;
            if (peek() == '+' || peek() == '-') {
                s = text.charAt(at++) == '-' ? -sign : sign;
            }
            operand(s);
            while (peek() == '+' || peek() == '-') {
                operand(text.charAt(at++) == '-' ? -sign : sign);
            }
        }

        private void operand(int sign) {
            skipSpaces();
            char c = peek();
            if (c == '(') {
                at++;
                expression(sign);
                expect(')');
            } else if (Character.isDigit(c) || c == '.') {
                constant = constant.add(number().multiply(BigDecimal.valueOf(sign)));
            } else if (text.regionMatches(true, at, "SUM(", 0, 4)) {
                at += 4;
                expression(sign);
                while (peek() == ',') {
                    at++;
                    expression(sign);
                }
                expect(')');
            } else {
                reference(sign);
            }
            skipSpaces();
        }

        private BigDecimal number() {
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            return new BigDecimal(text.substring(start, at));
        }

        private void reference(int sign) {
            String refSheet = sheet;
            String token = token();
            if (peek() == '!') {
                at++;
                refSheet = token.startsWith("'") ? token.substring(1, token.length() - 1).replace("''", "'") : token;
                token = token();
            }
            Matcher first = REF.matcher(token);
            if (!first.matches()) {
                String name = token;
                usedNames = true;
                CellAddress named = names.apply(name).orElseThrow(() -> new IllegalArgumentException(name));
                terms.add(new Term(named, sign));
                return;
            }
            Matcher last = first;
            if (peek() == ':') {
                at++;
                last = REF.matcher(token());
                if (!last.matches()) {
                    throw new IllegalArgumentException("range");
                }
            }
            range(refSheet, first, last, sign);
        }

        private void range(String refSheet, Matcher first, Matcher last, int sign) {
            int r0 = Integer.parseInt(first.group(2)) - 1;
            int r1 = Integer.parseInt(last.group(2)) - 1;
            int c0 = CellAddress.columnIndex(first.group(1));
            int c1 = CellAddress.columnIndex(last.group(1));
            if ((long) (Math.abs(r1 - r0) + 1) * (Math.abs(c1 - c0) + 1) > 10_000) {
                throw new IllegalArgumentException("range too large");
            }
            for (int r = Math.min(r0, r1); r <= Math.max(r0, r1); r++) {
                for (int c = Math.min(c0, c1); c <= Math.max(c0, c1); c++) {
                    terms.add(new Term(new CellAddress(refSheet, r, c), sign));
                }
            }
        }

        private String token() {
            skipSpaces();
            int start = at;
            if (peek() == '\'') {
                at = text.indexOf('\'', at + 1) + 1;
                while (at > 0 && at < text.length() && text.charAt(at) == '\'') {
                    at = text.indexOf('\'', at + 1) + 1;
                }
                if (at <= 0) {
                    throw new IllegalArgumentException("unclosed quote");
                }
                return text.substring(start, at);
            }
            while (at < text.length() && "+-,():!*/^&=<> ".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (at == start) {
                throw new IllegalArgumentException("empty token");
            }
            return text.substring(start, at);
        }

        private void expect(char c) {
            skipSpaces();
            if (peek() != c) {
                throw new IllegalArgumentException("expected " + c);
            }
            at++;
        }

        private char peek() {
            skipSpaces();
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
