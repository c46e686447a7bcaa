package nianbao.extract;

import java.util.List;
import java.util.Objects;
import nianbao.model.Return;

/**
 * What was read from one published report: the return (values, agency, year and the findings of
 * reading), the national format it follows, and notes on its layout for the reader (in Chinese).
 *
 * @param read the return, holding every key that could be read
 * @param format the format detected from table 二's headers
 * @param notes Chinese notes: a layout that differs from the official one, legacy values not carried
 */
public record Extraction(Return read, ReportFormat format, List<String> notes) {

    public Extraction {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(format, "format");
        notes = List.copyOf(notes);
    }
}
