package nianbao.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of numbers written as text, for a cell a clerk typed into and a table a report printed
 * alike: full-width digits folded, thousands separators, and one vocabulary of words and marks people write
 * for zero (无, 暂无, 没有, 零, dashes, slashes, ×, 0件). A typed cell may also carry a sign, a bare decimal
 * point and spaces between its digits; a printed cell is read strictly, since a space there can part two numbers.
 */
public final class NumberText {

    private static final Pattern TYPED = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern TYPED_GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern PRINTED = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PRINTED_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern ZERO_WORD =
            Pattern.compile("无|暂无|没有|空|零|×|[-—–―~/\\\\_*]+|0+(\\.0+)?[^0-9.].*|[(（]?无[)）]?");

    private NumberText() {
    }

    /** The number a typed cell's text spells, spaces between its digits ignored, if it is one. */
    public static Optional<BigDecimal> typed(String text) {
        String s = fold(text).replaceAll("[\\s\\u00a0]+", "");
        if (TYPED_GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return TYPED.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }

    /** The number a printed cell's text spells (digits, an optional minus, separators, a fraction), if it is one. */
    public static Optional<BigDecimal> printed(String text) {
        String s = fold(text).strip();
        if (PRINTED.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        return PRINTED_GROUPED.matcher(s).matches() ? Optional.of(new BigDecimal(s.replace(",", ""))) : Optional.empty();
    }

    /** Whether the text is a word or mark written for zero. */
    public static boolean isZeroWord(String text) {
        return ZERO_WORD.matcher(fold(text).replaceAll("[\\s\\u00a0]+", "")).matches();
    }

    /** Full-width forms folded (NFKC) and the minus sign made a hyphen. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('−', '-');
    }
}
