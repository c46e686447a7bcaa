package nianbao.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.model.FileResult;
import nianbao.read.ReturnReader;
import nianbao.report.Annotator;
import nianbao.report.Report;
import nianbao.verify.Intake;
import nianbao.verify.MemoryGate;
import nianbao.verify.PreviousReturns;

/** Reads returns, checks every identity and cell, compares with last year, writes the annotated copies asked for. */
public final class VerifyJob {

    private final ReturnReader reader;

    /** A job reading with {@code reader}, whose caches the job's runs share. */
    public VerifyJob(ReturnReader reader) {
        this.reader = reader;
    }

    /** Verifies every return of the request, telling {@code listener} of each as it is read. */
    public VerifyOutcome run(VerifyRequest request, ProgressListener listener) throws JobRefusedException {
        InputFiles.Listing listing = InputFiles.workbooks(request.inputs());
        if (!listing.missing().isEmpty()) {
            throw new JobRefusedException("找不到 " + String.join("、", listing.missing().stream().map(Path::toString).toList()));
        }
        if (listing.files().isEmpty()) {
            throw new JobRefusedException("在 " + String.join("、", request.inputs().stream().map(Path::toString).toList())
                    + " 中没有找到报表文件（.xlsx、.xlsm、.xls）");
        }
        listener.started(listing.files().size());
        PreviousReturns.Loaded last = PreviousReturns.load(request.previous(), reader::read);
        List<FileResult> results = new ArrayList<>();
        try {
            Intake.run(listing.files(), Runtime.getRuntime().availableProcessors(), reader::read, last.returns(),
                    new ToldSink((result, facts) -> results.add(result), listener));
        } catch (IOException e) {
            throw new JobRefusedException("读取报表时被中断（" + Failure.describe(e) + "）");
        }
        Report report = Report.of(results);
        Optional<String> sameYear = last.returns().sameYear(years(report));
        if (sameYear.isPresent()) {
            throw new JobRefusedException(sameYear.get());
        }
        List<WrittenCopy> annotations = request.annotate().map(folder -> annotateAll(results, folder, request.force())).orElse(List.of());
        return new VerifyOutcome(report, listing.skipped(), last.problems(), annotations);
    }

    /** The years the returns read state. */
    private static Set<Integer> years(Report report) {
        Set<Integer> years = new TreeSet<>();
        report.files().forEach(f -> f.findReturn().ifPresent(r -> r.year().ifPresent(years::add)));
        return years;
    }

    /** An annotated copy of each return with findings. */
    private static List<WrittenCopy> annotateAll(List<FileResult> results, Path folder, boolean force) {
        List<WrittenCopy> annotations = new ArrayList<>();
        for (FileResult result : results) {
            if (result.read() != null && !result.findings().isEmpty()) {
                annotations.add(annotateOne(result, folder, force));
            }
        }
        return annotations;
    }

    /** One annotated copy, POI holding the whole workbook: one too large for the memory there is is said so. */
    private static WrittenCopy annotateOne(FileResult result, Path folder, boolean force) {
        return MemoryGate.alone(() -> annotated(result, folder, force),
                () -> new WrittenCopy(result.file(), folder, "文件太大，内存不足"));
    }

    private static WrittenCopy annotated(FileResult result, Path folder, boolean force) {
        try {
            Path written = Annotator.annotate(FileNames.named(result.file()), result.findings(), folder, force);
            return new WrittenCopy(result.file(), written, "");
        } catch (OutputRefusedException | IOException | RuntimeException e) {
            return new WrittenCopy(result.file(), folder, Failure.describe(e));
        }
    }
}
