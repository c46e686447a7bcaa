package nianbao.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to verify.
 *
 * @param inputs returns, or folders searched for them
 * @param previous last year's returns or consolidated workbook, or none
 * @param annotate the folder for annotated copies of the returns with findings, or none
 * @param force whether annotated copies already there may be replaced
 */
public record VerifyRequest(List<Path> inputs, List<Path> previous, Optional<Path> annotate, boolean force) {
    public VerifyRequest {
        inputs = List.copyOf(inputs);
        previous = List.copyOf(previous);
    }
}
