package nianbao.report;

/**
 * Text read from files (agency names, file names, cell texts) made safe to show on a terminal: control
 * characters (C0 but tab, DEL, C1), the line and paragraph separators and the bidirectional controls are
 * shown as escapes ({@code \n}, {@code \r}, {@code \u001B}, {@code \u202E}), so that a name can neither
 * fake a line of the report nor send the terminal a command. Shown this way only on the terminal: JSON
 * and workbooks keep the text exactly. Escaping escaped text changes nothing.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The text with every character that could fake a line or drive the terminal escaped. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        for (int i = 0; i < text.length(); i++) {
            if (escaped(text.charAt(i))) {
                return escape(text);
            }
        }
        return text;
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escaped(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /**
     * True for the characters shown escaped: C0 controls but tab (white space, it fakes no line), DEL and
     * the C1 controls, the line and paragraph separators, and the bidirectional marks, embeddings,
     * overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
     */
    static boolean escaped(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x2028 && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
