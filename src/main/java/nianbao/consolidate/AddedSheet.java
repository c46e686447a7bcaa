package nianbao.consolidate;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** A sheet nianbao adds after 汇总: rows streamed under frozen panes, or a sheet made whole with its related parts. */
sealed interface AddedSheet {

    /** The sheet's name on its tab. */
    String name();

    /** Streams the rows of a sheet; returns the range of its autofilter, or null for none. */
    @FunctionalInterface
    interface Body {
        String write(SheetRows rows) throws IOException;
    }

    /**
     * Rows streamed straight into the package, so that memory does not grow with them.
     *
     * @param frozenColumns columns kept in view on the left
     * @param frozenRows rows kept in view at the top
     * @param widths the widths of the first columns, in characters
     * @param page how it prints
     */
    record Streamed(String name, int frozenColumns, int frozenRows, List<Integer> widths, PageSetup page, Body body)
            implements AddedSheet {
        public Streamed {
            widths = List.copyOf(widths);
        }
    }

    /**
     * A small sheet made in memory: given its part's name, the sheet part (which prints as it says) and
     * the parts it refers to (drawings, charts).
     */
    record Made(String name, Function<String, List<PackagePart>> parts) implements AddedSheet {
    }
}
