package nianbao.consolidate;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a 填报日期 as written by clerks (2025-01-20, 2025年1月20日, 2025/1/20, 20250120) into yyyymmdd. */
final class FilingDate {

    private static final Pattern PARTS = Pattern.compile("(\\d{4})\\D{1,3}(\\d{1,2})\\D{1,3}(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private FilingDate() {
    }

    /** The date as the number yyyymmdd, comparable as an int, or 0 when none can be read. */
    static int parse(String text) {
        if (text == null) {
            return 0;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = PARTS.matcher(s);
        if (m.find()) {
            return of(m);
        }
        m = COMPACT.matcher(s);
        return m.find() ? of(m) : 0;
    }

    private static int of(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return 0;
        }
        return Integer.parseInt(m.group(1)) * 10_000 + month * 100 + day;
    }
}
