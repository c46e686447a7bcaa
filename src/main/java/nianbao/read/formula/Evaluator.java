package nianbao.read.formula;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nianbao.model.CellAddress;
import nianbao.read.Book;
import nianbao.read.CellRules;
import nianbao.read.Grid;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;
import nianbao.read.UnreadableException;

/**
 * Computes the reader's own formulas ({@link Formula}) over a {@link Book}: a referenced cell counts
 * with the number it shows (cached, else computed), text and blanks as 0 (as {@code SUM} counts them, a
 * number stored as text included).
 */
public final class Evaluator {

    private static final int MAX_DEPTH = 64;

    private final Book book;
    private final Function<String, Optional<CellAddress>> names;
    private final LayoutCache cache;
    private final Map<CellAddress, Optional<BigDecimal>> computed = new HashMap<>();
    private int budget = 1_000_000;

    /** An evaluator over {@code book}, its defined names given by {@code names}, its parses remembered in {@code cache}. */
    public Evaluator(Book book, Function<String, Optional<CellAddress>> names, LayoutCache cache) {
        this.book = book;
        this.names = names;
        this.cache = cache;
    }

    public Optional<Formula> parse(String formula, String sheet) {
        return Formula.parse(formula, sheet, names, cache);
    }

    /** The value of a formula written on {@code sheet}, when the reader can compute it. */
    public Optional<BigDecimal> compute(String formula, String sheet) throws UnreadableException {
        return compute(formula, sheet, 0);
    }

    /** The value of a parsed formula. */
    public Optional<BigDecimal> compute(Formula formula) throws UnreadableException {
        return sum(formula, 0);
    }

    private Optional<BigDecimal> compute(String formula, String sheet, int depth) throws UnreadableException {
        Optional<Formula> parsed = parse(formula, sheet);
        return parsed.isEmpty() || depth > MAX_DEPTH ? Optional.empty() : sum(parsed.get(), depth);
    }

    private Optional<BigDecimal> sum(Formula formula, int depth) throws UnreadableException {
        BigDecimal total = formula.constant();
        budget -= formula.terms().size();
        if (budget < 0) {
            return Optional.empty();
        }
        for (Formula.Term term : formula.terms()) {
            Optional<BigDecimal> v = value(term.cell(), depth + 1);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(term.sign() < 0 ? v.get().negate() : v.get());
        }
        return Optional.of(total);
    }

    private Optional<BigDecimal> value(CellAddress at, int depth) throws UnreadableException {
        Optional<Grid> grid = book.sheet(at.sheet());
        if (grid.isEmpty()) {
            return Optional.empty();
        }
        RawCell cell = grid.get().at(at.row(), at.column());
        if (cell.lacksCachedValue()) {
            Optional<BigDecimal> known = computed.get(at);
            if (known == null) {
                computed.put(at, Optional.empty());
                known = compute(cell.formula(), at.sheet(), depth);
                computed.put(at, known);
            }
            return known;
        }
        return Optional.of(switch (cell.kind()) {
            case NUMBER -> CellRules.stored(cell.text());
            default -> BigDecimal.ZERO; // text too, a number stored as text included, as SUM counts it
        });
    }
}
