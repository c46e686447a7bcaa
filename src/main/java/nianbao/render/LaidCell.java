package nianbao.render;

import java.util.Objects;

/**
 * One cell of a table in the official layout.
 *
 * @param text what is printed
 * @param rowspan rows it covers, at least 1
 * @param colspan columns it covers, at least 1
 * @param header whether it is a printed label rather than a number
 */
public record LaidCell(String text, int rowspan, int colspan, boolean header) {

    public LaidCell {
        Objects.requireNonNull(text, "text");
        if (rowspan < 1 || colspan < 1) {
            throw new IllegalArgumentException("spans must be at least 1: " + rowspan + "×" + colspan);
        }
    }

    static LaidCell label(String text) {
        return new LaidCell(text, 1, 1, true);
    }

    static LaidCell label(String text, int rowspan, int colspan) {
        return new LaidCell(text, rowspan, colspan, true);
    }

    static LaidCell number(String text, int colspan) {
        return new LaidCell(text, 1, colspan, false);
    }
}
