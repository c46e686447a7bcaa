package nianbao.read;

import java.util.List;
import java.util.Optional;

/** A workbook as the reader needs it: sheet names, workbook-level defined names, and sheets on demand. */
public interface Book {

    /** Sheet names in workbook order (worksheets only). */
    List<String> sheetNames();

    /** Workbook-level defined names: their formula text, e.g. {@code '年报数据'!$D$12}, and those defined more than once. */
    DefinedNames names();

    /**
     * Tells the book that only the cells of {@code layout} (and those their formulas refer to) will be
     * asked for, so a book may skip the rest; a book that cannot skip ignores this.
     */
    default void want(Layout layout) {
    }

    /** The cells of a sheet, parsed on first use; empty when the workbook has no such sheet. */
    Optional<Grid> sheet(String name) throws UnreadableException;
}
