package nianbao.extract;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number as a published table prints it: digits (full-width too), thousands separators, a
 * decimal fraction, or a word standing for zero (无, —, ／).
 *
 * @param value the number, exactly as written
 * @param zeroWord whether the cell printed a word read as zero rather than digits
 * @param text the cell text as printed
 */
public record PrintedNumber(BigDecimal value, boolean zeroWord, String text) {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Set<String> ZERO_WORDS = Set.of("无", "-", "--", "—", "——", "―", "–", "/", "\\", "×");

    /** Reads a cell's text; empty when it is not a number (a label, a blank, a page number). */
    public static Optional<PrintedNumber> parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (ZERO_WORDS.contains(s)) {
            return Optional.of(new PrintedNumber(BigDecimal.ZERO, true, text.strip()));
        }
        if (PLAIN.matcher(s).matches()) {
            return Optional.of(new PrintedNumber(new BigDecimal(s), false, text.strip()));
        }
        if (GROUPED.matcher(s).matches()) {
            return Optional.of(new PrintedNumber(new BigDecimal(s.replace(",", "")), false, text.strip()));
        }
        return Optional.empty();
    }

    public static boolean isNumber(String text) {
        return parse(text).isPresent();
    }
}
