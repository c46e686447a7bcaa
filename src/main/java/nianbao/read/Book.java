package nianbao.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A workbook as the reader needs it: sheet names, workbook-level defined names, and sheets on demand. */
interface Book {

    /** Sheet names in workbook order (worksheets only). */
    List<String> sheetNames();

    /** Workbook-level defined names and their formula text, e.g. {@code '年报数据'!$D$12}. */
    Map<String, String> names();

    /** Names defined more than once: twice at workbook level, or at workbook level and on a sheet. */
    Set<String> repeatedNames();

    /**
     * Tells the book that only the cells of {@code layout} (and those their formulas refer to) will be
     * asked for, so a book may skip the rest; a book that cannot skip ignores this.
     */
    default void want(Layout layout) {
    }

    /** The cells of a sheet, parsed on first use; empty when the workbook has no such sheet. */
    Optional<Grid> sheet(String name) throws UnreadableException;
}
