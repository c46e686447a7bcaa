package nianbao.read;

/**
 * A cell as stored in the file, before any rule of the form applies.
 *
 * @param kind what the stored (for a formula: cached) value is; {@link Kind#EMPTY} when there is none
 * @param text the stored value as written: a number's digits, a text, TRUE/FALSE or an error like #REF!
 * @param formula the formula without its leading '=', or null
 */
public record RawCell(Kind kind, String text, String formula) {

    public static final RawCell EMPTY = new RawCell(Kind.EMPTY, "", null);

    /** What a cell's stored value is. */
    public enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, EMPTY }

    public RawCell {
        text = text == null ? "" : text;
    }

    static RawCell number(String digits) {
        return new RawCell(Kind.NUMBER, digits, null);
    }

    public static RawCell text(String text) {
        return new RawCell(Kind.TEXT, text, null);
    }

    public boolean hasFormula() {
        return formula != null;
    }

    /** A formula with no value stored beside it: written by a tool that does not calculate. */
    public boolean lacksCachedValue() {
        return formula != null && kind == Kind.EMPTY;
    }

    /** The same cell holding a computed value in place of its missing cache. */
    RawCell withValue(String digits) {
        return new RawCell(Kind.NUMBER, digits, formula);
    }
}
