package nianbao.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing found wrong (or worth a look) in a return: data first, its Chinese message already
 * phrased in the form's own words by whoever found it.
 *
 * @param code what kind of finding
 * @param keys the form keys involved, the anchor first
 * @param cell the cell to look at, or null when there is none (a whole-file finding)
 * @param expected what the cell should hold, or "" when not applicable
 * @param actual what it holds, or ""
 * @param message the Chinese message for a clerk
 * @param comparedWith the other report or return a cross check compared this one with (its file), or ""
 */
public record Finding(Code code, List<String> keys, CellAddress cell, String expected, String actual, String message,
                      String comparedWith) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        keys = List.copyOf(keys);
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        comparedWith = comparedWith == null ? "" : comparedWith;
    }

    /** A finding about this return alone. */
    public Finding(Code code, List<String> keys, CellAddress cell, String expected, String actual, String message) {
        this(code, keys, cell, expected, actual, message, "");
    }

    /** The same finding, saying which other file the cross check compared with. */
    public Finding comparedWith(String other) {
        return new Finding(code, keys, cell, expected, actual, message, other);
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    public Optional<CellAddress> findCell() {
        return Optional.ofNullable(cell);
    }

    /** Errors first, then by cell, code and keys: a stable order for printing. */
    @Override
    public int compareTo(Finding o) {
        int c = code.severity().compareTo(o.code.severity());
        if (c != 0) {
            return c;
        }
        if (cell != null && o.cell != null) {
            c = cell.compareTo(o.cell);
        } else {
            c = Boolean.compare(cell == null, o.cell == null);
        }
        if (c != 0) {
            return c;
        }
        c = code.compareTo(o.code);
        return c != 0 ? c : compareJoined(keys, o.keys);
    }

    /** Compares String.join(",", a) with String.join(",", b) without joining them. */
    private static int compareJoined(List<String> a, List<String> b) {
        JoinedChars x = new JoinedChars(a);
        JoinedChars y = new JoinedChars(b);
        while (x.hasNext() && y.hasNext()) {
            int c = x.next() - y.next();
            if (c != 0) {
                return c;
            }
        }
        return x.remaining() - y.remaining();
    }

    /** The characters of keys joined by commas, one at a time. */
    private static final class JoinedChars {
        private final List<String> keys;
        private int key;
        private int at;

        JoinedChars(List<String> keys) {
            this.keys = keys;
        }

        boolean hasNext() {
            return key < keys.size() && (at < keys.get(key).length() || key < keys.size() - 1);
        }

        char next() {
            String k = keys.get(key);
            if (at < k.length()) {
                return k.charAt(at++);
            }
            key++;
            at = 0;
            return ',';
        }

        int remaining() {
            int n = 0;
            for (int i = key; i < keys.size(); i++) {
                n += keys.get(i).length() + (i < keys.size() - 1 ? 1 : 0);
            }
            return n - at;
        }
    }
}
