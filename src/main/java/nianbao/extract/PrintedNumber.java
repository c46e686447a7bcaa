package nianbao.extract;

import java.math.BigDecimal;
import java.util.Optional;
import nianbao.model.NumberText;

/**
 * A number as a published table prints it, read by {@link NumberText}: digits (full-width too), thousands
 * separators, a decimal fraction, or a word standing for zero (无, —, ／).
 *
 * @param value the number, exactly as written
 * @param zeroWord whether the cell printed a word read as zero rather than digits
 * @param text the cell text as printed
 */
public record PrintedNumber(BigDecimal value, boolean zeroWord, String text) {

    /** Reads a cell's text; empty when it is not a number (a label, a blank, a page number). */
    public static Optional<PrintedNumber> parse(String text) {
        if (NumberText.isZeroWord(text)) {
            return Optional.of(new PrintedNumber(BigDecimal.ZERO, true, text.strip()));
        }
        return NumberText.printed(text).map(v -> new PrintedNumber(v, false, text.strip()));
    }

    public static boolean isNumber(String text) {
        return parse(text).isPresent();
    }
}
