package nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asserts that a text shown to a user holds no English words: once the file names, option names, keys and
 * the names of formats and programs a clerk knows (Excel, WPS, PDF…) are taken out, no word of ASCII
 * letters is left.
 */
public final class NoEnglish {

    /** Names a Chinese message may hold: programs, formats, units. */
    static final Set<String> NAMES = Set.of("Excel", "WPS", "Word", "LibreOffice", "PDF", "OCR", "DTD", "XML", "HTML", "CSV",
            "RTF", "ZIP", "RAR", "OLE", "OpenDocument", "PowerPoint", "MB", "KB", "GB", "nianbao", "Java", "xlsx", "xlsm", "xls",
            "docx", "doc", "csv", "txt", "md", "html", "htm", "pdf", "JSON", "json", "NaN", "INF", "Ctrl", "F");

    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*|-[a-zA-Z]\\b");
    private static final Pattern KEY = Pattern.compile("[a-z_]+(\\.[a-z_]+)+");
    private static final Pattern CELL = Pattern.compile("\\$?[A-Z]{1,3}\\$?[0-9]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private NoEnglish() {
    }

    /** Fails when {@code text}, without the {@code files} named in it, holds an English word. */
    public static void in(String text, Collection<?> files) {
        String rest = text;
        for (Object file : files) {
            rest = rest.replace(file.toString(), " ");
        }
        rest = CELL.matcher(KEY.matcher(OPTION.matcher(rest).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        List<String> english = new ArrayList<>();
        for (Matcher m = WORD.matcher(rest); m.find(); ) {
            if (!NAMES.contains(m.group())) {
                english.add(m.group());
            }
        }
        assertThat(english).as("English words in:%n%s", text).isEmpty();
    }
}
