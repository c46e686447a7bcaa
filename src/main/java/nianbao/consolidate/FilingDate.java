package nianbao.consolidate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.Labels;

/** Reads a 填报日期 as written by clerks (2025-01-20, 2025年1月20日, 2025/1/20, 20250120) into yyyymmdd. */
final class FilingDate {

    private static final Pattern PARTS = Pattern.compile("(\\d{4})\\D{1,3}(\\d{1,2})\\D{1,3}(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** {@link #leading} found no date at the start: the patterns decide. */
    private static final int UNDECIDED = -1;

    private FilingDate() {
    }

    /** The date as the number yyyymmdd, comparable as an int, or 0 when none can be read. */
    static int parse(String text) {
        if (text == null) {
            return 0;
        }
        String s = Labels.nfkc(text).strip();
        int date = leading(s);
        return date != UNDECIDED ? date : matched(s);
    }

    /**
     * The date when the text starts with one as {@link #PARTS} reads it (four digits, one to three
     * others, one or two digits, one to three others, a digit): the match {@link #PARTS} finds first.
     */
    private static int leading(String s) {
        int yearEnd = digits(s, 0);
        int monthStart = others(s, yearEnd);
        int monthEnd = digits(s, monthStart);
        int dayStart = others(s, monthEnd);
        int dayEnd = Math.min(digits(s, dayStart), dayStart + 2);
        if (yearEnd != 4 || monthStart - yearEnd > 3 || monthEnd - monthStart > 2 || dayStart - monthEnd > 3
                || monthStart == yearEnd || monthEnd == monthStart || dayStart == monthEnd || dayEnd == dayStart) {
            return UNDECIDED;
        }
        return of(number(s, 0, yearEnd), number(s, monthStart, monthEnd), number(s, dayStart, dayEnd));
    }

    /** The date as {@link #PARTS}, else {@link #COMPACT}, finds it in the normalized text. */
    static int matched(String s) {
        Matcher m = PARTS.matcher(s);
        if (!m.find()) {
            m = COMPACT.matcher(s);
            if (!m.find()) {
                return 0;
            }
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static int of(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return 0;
        }
        return year * 10_000 + month * 100 + day;
    }

    /** The end of the run of ASCII digits from {@code i}. */
    private static int digits(String s, int i) {
        int end = i;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The end of the run of other characters from {@code i}. */
    private static int others(String s, int i) {
        int end = i;
        while (end < s.length() && !isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }
}
