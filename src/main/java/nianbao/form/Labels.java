package nianbao.form;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds a printed label to the form every reader compares: full-width to half-width, no white space
 * or quotes, one enumeration comma, and the misprints published reports really carry mapped to the
 * official words (本年度止件数, 先行有效件数, 结转下一年度, 钩稽关系, 行政规范性文件 / 规范性文件).
 */
public final class Labels {

    /** What folding drops besides the white space of {@code \s}: no-break and ideographic spaces, quotes. */
    private static final String IGNORED = "\u00a0\u3000\"'“”‘’「」『』";

    /** Published variants, after the character folding, and the official word they stand for. */
    private static final Map<String, String> VARIANTS = Map.of(
            "本年度止", "本年废止",
            "先行有效", "现行有效",
            "结转下一年度", "结转下年度",
            "钩稽", "勾稽",
            "行政规范性文件", "规范性文件");

    private Labels() {
    }

    /**
     * A label on lines of {@code characters} characters each, for a narrow column header: the form's labels
     * are made of two-character words (社会公益组织, 本年处理决定数量), so lines of an even length break between
     * words whatever the reader's fonts, where a spreadsheet's own wrapping may split a word (社会公益组/织).
     * {@link #normalize} folds the line breaks away again.
     */
    public static String lines(String label, int characters) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < label.length(); i += characters) {
            s.append(i > 0 ? "\n" : "").append(label, i, Math.min(label.length(), i + characters));
        }
        return s.toString();
    }

    /** The folded form of a label; two labels match when their folded forms are equal. */
    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String s = withoutIgnored(nfkc(label));
        s = s.replace('、', '.').replace(',', '.').replace('．', '.').replace('。', '.');
        for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
            s = s.replace(variant.getKey(), variant.getValue());
        }
        return s;
    }

    /**
     * The text in Unicode normalization form NFKC: by hand when every character is one whose form is
     * known (ASCII, CJK unified ideographs, CJK punctuation that stays, full-width ASCII and the
     * ideographic space that become ASCII), else through {@link Normalizer}.
     */
    public static String nfkc(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char folded = ch >= '\uFF01' && ch <= '\uFF5E' ? (char) (ch - 0xFEE0) : ch == '\u3000' ? ' ' : ch;
            if (folded == ch && !stays(ch)) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (folded != ch && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = folded;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Characters NFKC leaves as they are, whatever surrounds them. */
    private static boolean stays(char ch) {
        return ch >= ' ' && ch <= '~' || ch >= '\t' && ch <= '\r' || ch >= '\u4E00' && ch <= '\u9FFF'
                || ch >= '\u3001' && ch <= '\u3003' || ch >= '\u3008' && ch <= '\u3011' || ch >= '\u2018' && ch <= '\u201D'
                || ch == '\u2014';
    }

    /** The text without white space ({@code \s}: space, tab, line feed, vertical tab, form feed, return) or {@link #IGNORED}. */
    private static String withoutIgnored(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ignored = ch == ' ' || ch >= '\t' && ch <= '\r' || IGNORED.indexOf(ch) >= 0;
            if (ignored && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!ignored && out != null) {
                out.append(ch);
            }
        }
        return out == null ? s : out.toString();
    }
}
