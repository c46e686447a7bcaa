package nianbao.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.extract.Extraction;
import nianbao.extract.Extractor;
import nianbao.extract.ReportSet;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.io.SafeOutput;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.UnreadableException;
import nianbao.report.Report;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import nianbao.verify.Intake;
import nianbao.verify.MemoryGate;
import nianbao.verify.Verifier;

/** Reads published reports into the form's values, checks them like returns and against each other, writes filled templates. */
public final class ExtractJob {

    /** What one file gave: its extraction, or, when it could not be read, its result saying why. */
    private record Read(Extraction extraction, FileResult unreadable) {
    }

    /** Extracts every report of the request, telling {@code listener} of each as it is read. */
    public ExtractOutcome run(ExtractRequest request, ProgressListener listener) throws JobRefusedException {
        InputFiles.Listing listing = InputFiles.walk(request.inputs(), Extractor.EXTENSIONS);
        refuse(request, listing);
        listener.started(listing.files().size());
        List<Read> reads = new ArrayList<>();
        for (Path file : listing.files()) {
            reads.add(MemoryGate.run(() -> extract(file), () -> new Read(null, Intake.tooLarge(file))));
        }
        Map<FileResult, Extraction> extractions = new LinkedHashMap<>();
        List<FileResult> results = results(reads, extractions);
        for (int i = 0; i < results.size(); i++) {
            listener.read(i + 1, results.get(i));
        }
        List<WrittenCopy> templates = new ArrayList<>();
        for (Extraction e : extractions.values()) {
            target(request, e.read()).ifPresent(target -> templates.add(writeTemplate(e.read(), target, request.force())));
        }
        return new ExtractOutcome(Report.of(results), extractions, listing.skipped(), templates);
    }

    /** Refuses a request that cannot run: inputs missing or without reports, outputs that cannot be written. */
    private static void refuse(ExtractRequest request, InputFiles.Listing listing) throws JobRefusedException {
        if (!listing.missing().isEmpty()) {
            throw new JobRefusedException("找不到 " + String.join("、", listing.missing().stream().map(Path::toString).toList()));
        }
        if (listing.files().isEmpty()) {
            throw new JobRefusedException("在 " + String.join("、", request.inputs().stream().map(Path::toString).toList())
                    + " 中没有找到报告文件（.txt、.md、.html、.htm、.docx、.pdf）");
        }
        if (request.output().isPresent() && request.outDir().isPresent()) {
            throw new JobRefusedException("-o 与 --out-dir 只能选一个");
        }
        if (request.output().isPresent() && listing.files().size() > 1) {
            throw new JobRefusedException("-o 只能用于一份报告；多份报告请用 --out-dir 文件夹");
        }
        Optional<String> refused = request.output().flatMap(output -> SafeOutput.refusal(output, request.force()));
        if (refused.isPresent()) {
            throw new JobRefusedException(refused.get());
        }
    }

    private static Read extract(Path file) {
        try {
            return new Read(new Extractor().extract(file), null);
        } catch (UnreadableException e) {
            return new Read(null, FileResult.unreadable(FileNames.shown(file), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Read(null, FileResult.unreadable(FileNames.shown(file), "文件 " + FileNames.shown(file) + " 读取时出错（"
                    + Failure.describe(e) + "），未读取；请重新保存后提交；如仍出错，请把这个文件报告给 nianbao 的维护人员"));
        }
    }

    /**
     * The result of each file in order: a report read is verified and checked against the other reports
     * of the run (the same agency's year before, other agencies' identical tables).
     */
    private static List<FileResult> results(List<Read> reads, Map<FileResult, Extraction> extractions) {
        List<Return> returns = reads.stream().filter(o -> o.extraction() != null).map(o -> o.extraction().read()).toList();
        Map<String, List<Finding>> cross = ReportSet.compare(returns);
        List<FileResult> results = new ArrayList<>();
        for (Read read : reads) {
            Extraction extraction = read.extraction();
            if (extraction != null) {
                List<Finding> findings = new ArrayList<>(Verifier.verify(extraction.read()));
                findings.addAll(cross.get(extraction.read().source()));
                FileResult result = FileResult.of(extraction.read(), findings);
                extractions.put(result, extraction);
                results.add(result);
            } else {
                results.add(read.unreadable());
            }
        }
        return results;
    }

    /** Where a report's filled template goes, if one was asked for. */
    private static Optional<Path> target(ExtractRequest request, Return read) {
        return request.output().or(() -> request.outDir().map(dir -> dir.resolve(stem(read.source()) + ".xlsx")));
    }

    private static WrittenCopy writeTemplate(Return read, Path target, boolean force) {
        try {
            new TemplateWriter().write(target, force, Filling.of(read));
            return new WrittenCopy(read.source(), target, "");
        } catch (OutputRefusedException | IOException | RuntimeException e) {
            return new WrittenCopy(read.source(), target, Failure.describe(e));
        }
    }

    private static String stem(String source) {
        String name = Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
