package nianbao.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to consolidate, and where to write it.
 *
 * @param inputs returns and consolidated workbooks, or folders searched for them
 * @param output the consolidated workbook to write
 * @param json the consolidate report to write beside it, or none
 * @param agency the consolidating body, written as the summary's 填报单位
 * @param year the only year to sum, or any
 * @param roster the roster (.csv or .xlsx) naming the agencies expected to report, or none
 * @param previous last year's returns or consolidated workbook, or none
 * @param includeInvalid whether invalid returns are summed too
 * @param force whether outputs already there may be replaced
 */
public record ConsolidateRequest(List<Path> inputs, Path output, Optional<Path> json, String agency, OptionalInt year,
        Optional<Path> roster, List<Path> previous, boolean includeInvalid, boolean force) {
    public ConsolidateRequest {
        inputs = List.copyOf(inputs);
        previous = List.copyOf(previous);
    }
}
