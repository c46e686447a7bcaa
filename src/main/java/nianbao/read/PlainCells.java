package nianbao.read;

/**
 * The quick path of {@link ReturnBuilder}: the value of a field whose cell is plain (a whole number of at
 * most 15 digits, not negative; on a template layout, a total with the template's formula, its cached
 * value equal to the sum of its inputs or, when not cached, that sum), read as a long. Anything else
 * (a blank, a text, a stale or altered formula…) is {@link #NONE} and left to the careful path, which
 * gives the same value and the findings.
 */
final class PlainCells {

    /** No quick value: the careful path reads this cell. */
    static final long NONE = Long.MIN_VALUE;

    private static final long LIMIT = 999_999_999_999_999L;
    private static final int MAX_DEPTH = 8;
    private static final byte COMPUTING = 1;
    private static final byte COMPUTED = 2;

    private final Grid[] grids;
    private final TemplatePlan plan;
    private final long[] totals;
    private final byte[] state;

    private PlainCells(Grid[] grids, TemplatePlan plan) {
        this.grids = grids;
        this.plan = plan;
        this.totals = new long[plan.size()];
        this.state = new byte[plan.size()];
    }

    /**
     * The quick path over a book: the sheets of the plan's cells asked for in the order the form first
     * meets them, as the careful path first asks for them (a label layout's sheets are parsed already).
     */
    static PlainCells of(Book book, TemplatePlan plan) throws UnreadableException {
        String[] sheets = plan.sheets();
        Grid[] grids = new Grid[sheets.length];
        for (int s = 0; s < sheets.length; s++) {
            grids[s] = book.sheet(sheets[s]).orElse(null);
        }
        return new PlainCells(grids, plan);
    }

    /** The value of the field at this form position when its cell is plain, else {@link #NONE}. */
    long value(int field) {
        RawCell raw = raw(field);
        if (raw == null) {
            return NONE;
        }
        String sum = plan.sum(field);
        if (raw.formula() == null) {
            return sum == null && raw.kind() == RawCell.Kind.NUMBER ? digits(raw.text()) : NONE;
        }
        if (!raw.formula().equals(sum)) {
            return NONE;
        }
        long computed = total(field, 0);
        if (raw.kind() == RawCell.Kind.EMPTY) {
            return computed;
        }
        long cached = raw.kind() == RawCell.Kind.NUMBER ? digits(raw.text()) : NONE;
        return cached == computed ? cached : NONE;
    }

    /** The sum of a formula's inputs as the reader's evaluator counts them, or {@link #NONE}. */
    private long total(int field, int depth) {
        int[] inputs = plan.inputs(field);
        if (inputs == null || depth > MAX_DEPTH) {
            return NONE;
        }
        long sum = 0;
        for (int input : inputs) {
            long v = shown(input, depth + 1);
            if (v == NONE) {
                return NONE;
            }
            sum += v;
            if (sum > LIMIT) {
                return NONE;
            }
        }
        return sum;
    }

    /** What a referenced cell counts for: its cached number, a blank 0, an uncached template total its sum. */
    private long shown(int field, int depth) {
        RawCell raw = raw(field);
        if (raw == null) {
            return NONE;
        }
        if (raw.lacksCachedValue()) {
            return raw.formula().equals(plan.sum(field)) ? remembered(field, depth) : NONE;
        }
        return switch (raw.kind()) {
            case EMPTY -> 0;
            case NUMBER -> digits(raw.text());
            default -> NONE;
        };
    }

    private long remembered(int field, int depth) {
        if (state[field] == COMPUTED) {
            return totals[field];
        }
        if (state[field] == COMPUTING) {
            return NONE;
        }
        state[field] = COMPUTING;
        totals[field] = total(field, depth);
        state[field] = COMPUTED;
        return totals[field];
    }

    private RawCell raw(int field) {
        int sheet = plan.sheetOf(field);
        Grid grid = sheet < 0 ? null : grids[sheet];
        return grid == null ? null : grid.at(plan.cell(field).row(), plan.cell(field).column());
    }

    /** A whole number of 1 to 15 ASCII digits, maybe followed by a point and zeros (12.0), or {@link #NONE}. */
    static long digits(String text) {
        int n = text.indexOf('.');
        n = n < 0 ? text.length() : n;
        if (n == 0 || n > 15 || !zeros(text, n + 1)) {
            return NONE;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean zeros(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
