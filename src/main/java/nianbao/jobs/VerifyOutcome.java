package nianbao.jobs;

import java.util.ArrayList;
import java.util.List;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.model.FileResult;
import nianbao.report.Report;

/**
 * What a verification found.
 *
 * @param report every return read, in the order of the listing (folders walked in name order)
 * @param skipped the files found beside them that were not returns
 * @param previousProblems why any of last year's files could not be read, one Chinese line each
 * @param annotations the annotated copies asked for, in input order
 */
public record VerifyOutcome(Report report, List<InputFiles.Skipped> skipped, List<String> previousProblems, List<WrittenCopy> annotations) {

    public VerifyOutcome {
        skipped = List.copyOf(skipped);
        previousProblems = List.copyOf(previousProblems);
        annotations = List.copyOf(annotations);
    }

    /** The report with the files passed over listed after the others, as consolidate lists them. */
    public Report withSkipped() {
        List<FileResult> files = new ArrayList<>(report.files());
        skipped.forEach(s -> files.add(FileResult.skipped(FileNames.shown(s.file()), s.reason())));
        return Report.of(files);
    }

    /** REFUSED when an annotated copy could not be written, else whether every return is valid. */
    public Verdict verdict() {
        return annotations.stream().anyMatch(a -> !a.written()) ? Verdict.REFUSED : Verdict.of(report.allValid());
    }
}
