package nianbao.desk;

/**
 * A name a browser or a .zip gave a file, made fit to show: control and bidirectional-override characters
 * removed, backslashes as slashes, at most {@value #MAX} characters. Only ever shown, never a path.
 */
final class ShownName {

    static final int MAX = 200;
    static final String UNNAMED = "（未命名文件）";

    private ShownName() {
    }

    static String of(String submitted) {
        if (submitted == null) {
            return UNNAMED;
        }
        StringBuilder shown = new StringBuilder();
        submitted.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c))
                .forEach(c -> shown.appendCodePoint(c == '\\' ? '/' : c));
        String name = shown.toString().strip();
        if (name.isEmpty()) {
            return UNNAMED;
        }
        return name.length() <= MAX ? name : name.substring(0, MAX - 1) + "…";
    }

    /** The last part of a shown name that has folders before it ({@code 文件夹/a.xlsx} → {@code a.xlsx}). */
    static String last(String shown) {
        return shown.substring(shown.lastIndexOf('/') + 1);
    }

    /** The lower-case extension of a shown name, or "". */
    static String extension(String shown) {
        return nianbao.io.InputFiles.extension(last(shown));
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
