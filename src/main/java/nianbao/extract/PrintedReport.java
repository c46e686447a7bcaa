package nianbao.extract;

import java.util.List;
import java.util.Objects;

/**
 * A published report reduced to what every source has in common: its rows in reading order, table
 * rows and lines of text alike.
 *
 * @param source the file as the user named it
 * @param rows the rows in reading order
 */
public record PrintedReport(String source, List<PrintedRow> rows) {

    public PrintedReport {
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
    }
}
