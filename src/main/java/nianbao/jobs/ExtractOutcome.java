package nianbao.jobs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.extract.Extraction;
import nianbao.io.InputFiles;
import nianbao.model.FileResult;
import nianbao.report.Report;

/**
 * What reading published reports found.
 *
 * @param report every report, verified and checked against the others, in input order
 * @param extractions what each report read gave (its return, format and notes), by its result
 * @param skipped the files found beside them that were not reports
 * @param templates the filled templates asked for
 */
public record ExtractOutcome(Report report, Map<FileResult, Extraction> extractions, List<InputFiles.Skipped> skipped,
        List<WrittenCopy> templates) {

    public ExtractOutcome {
        extractions = Collections.unmodifiableMap(new LinkedHashMap<>(extractions));
        skipped = List.copyOf(skipped);
        templates = List.copyOf(templates);
    }

    /** What reading a report noted beside its findings (e.g. a table split over pages). */
    public List<String> notes(FileResult result) {
        Extraction e = extractions.get(result);
        return e == null ? List.of() : e.notes();
    }

    /** REFUSED when a template could not be written, else whether every report read is valid. */
    public Verdict verdict() {
        return templates.stream().anyMatch(t -> !t.written()) ? Verdict.REFUSED : Verdict.of(report.allValid());
    }
}
