package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.form.Labels;

/**
 * A line of printed text folded the way labels are compared ({@link Labels#normalize}, one character at
 * a time: width, white space, quotes and enumeration commas), remembering where each folded character
 * was printed, so that a label found in the folded text can be cut out of the printed one.
 */
final class FoldedText {

    private final String raw;
    private final String folded;
    /** For each folded character, the index in {@link #raw} of the character it comes from. */
    private final int[] origin;

    FoldedText(String raw) {
        this.raw = raw;
        StringBuilder out = new StringBuilder(raw.length());
        List<Integer> from = new ArrayList<>(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (cp >= '\u4E00' && cp <= '\u9FFF' || cp < 0x80 && Character.isLetterOrDigit(cp)) {
                out.append((char) cp);
                from.add(i);
                i++;
                continue;
            }
            String one = Labels.normalize(new String(Character.toChars(cp)));
            for (int k = 0; k < one.length(); k++) {
                out.append(one.charAt(k));
                from.add(i);
            }
            i += Character.charCount(cp);
        }
        folded = out.toString();
        origin = from.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A text folded character by character: {@link Labels#normalize} without its multi-character variants. */
    static String fold(String text) {
        return new FoldedText(text).folded;
    }

    String raw() {
        return raw;
    }

    String folded() {
        return folded;
    }

    /** Where in the printed text the folded character at {@code index} starts (the text's length past the end). */
    int rawStart(int index) {
        return index < origin.length ? origin[index] : raw.length();
    }

    /**
     * Where in the printed text the folded characters before {@code end} end, with what folding dropped
     * right after them (a closing quote: 三安全一稳定”).
     */
    int rawEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        if (end < origin.length) {
            return raw.substring(0, origin[end]).stripTrailing().length();
        }
        return raw.stripTrailing().length();
    }

    /**
     * Every place the label is printed, as folded {from, to}, left to right and not overlapping: its
     * folded form as printed, or a printed variant that {@link Labels#normalize} maps onto it
     * (结转下一年度 for 结转下年度).
     */
    List<int[]> find(String label) {
        String key = Labels.normalize(label);
        String printed = fold(label);
        List<int[]> found = new ArrayList<>();
        if (key.isEmpty()) {
            return found;
        }
        String head = key.substring(0, Math.min(2, key.length()));
        for (int i = 0; i < folded.length(); ) {
            int length = matchAt(i, printed, key, head);
            if (length > 0) {
                found.add(new int[] {i, i + length});
                i += length;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The length of the label's match starting at {@code i}, or 0. */
    private int matchAt(int i, String printed, String key, String head) {
        if (folded.startsWith(printed, i)) {
            return printed.length();
        }
        if (!folded.startsWith(head, i)) {
            return 0;
        }
        for (int slack : new int[] {0, 1, -1, 2, -2}) {
            int end = i + key.length() + slack;
            if (end > i && end <= folded.length() && Labels.normalize(folded.substring(i, end)).equals(key)) {
                return end - i;
            }
        }
        return 0;
    }
}
