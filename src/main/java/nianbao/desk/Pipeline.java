package nianbao.desk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nianbao.consolidate.Roster;
import nianbao.consolidate.RosterException;
import nianbao.consolidate.RosterFile;
import nianbao.io.FileNames;
import nianbao.jobs.ConsolidateJob;
import nianbao.jobs.ConsolidateOutcome;
import nianbao.jobs.ConsolidateRequest;
import nianbao.jobs.ExtractJob;
import nianbao.jobs.ExtractOutcome;
import nianbao.jobs.ExtractRequest;
import nianbao.jobs.JobRefusedException;
import nianbao.jobs.ProgressListener;
import nianbao.jobs.RenderJob;
import nianbao.jobs.RenderOutcome;
import nianbao.jobs.RenderRequest;
import nianbao.jobs.TemplateJob;
import nianbao.jobs.TemplateRequest;
import nianbao.jobs.VerifyJob;
import nianbao.jobs.VerifyOutcome;
import nianbao.jobs.VerifyRequest;
import nianbao.jobs.WrittenCopy;
import nianbao.model.FileResult;
import nianbao.read.ReturnReader;
import nianbao.render.RenderFormat;
import nianbao.template.Filling;

/**
 * The desk's door to nianbao's jobs ({@link nianbao.jobs}): each call one job, its files written into a
 * folder the desk gives; the desk computes nothing of its own. A job's refusal becomes a {@link DeskError}.
 */
class Pipeline {

    private final ReturnReader reader = new ReturnReader();

    /** Reads and verifies stored returns: each file's outcome, by the file. */
    Map<Path, FileResult> verify(List<Path> files) {
        Map<Path, FileResult> results = new HashMap<>();
        if (files.isEmpty()) {
            return results;
        }
        VerifyOutcome outcome = refusedAsError(() -> new VerifyJob(reader).run(
                new VerifyRequest(files, List.of(), Optional.empty(), false), ProgressListener.NONE));
        Map<String, FileResult> byShown = new HashMap<>();
        outcome.report().files().forEach(r -> byShown.put(r.file(), r));
        files.forEach(f -> results.put(f, byShown.get(FileNames.shown(f))));
        return results;
    }

    /** The annotated copy of a return with findings, written into {@code folder}; empty when it has none or cannot be read. */
    Optional<Path> annotate(Path file, Path folder) {
        VerifyOutcome outcome = refusedAsError(() -> new VerifyJob(reader).run(
                new VerifyRequest(List.of(file), List.of(), Optional.of(folder), false), ProgressListener.NONE));
        return outcome.annotations().stream().filter(WrittenCopy::written).map(WrittenCopy::target).findFirst();
    }

    /** Reads a roster file, as the consolidation reads it. */
    Roster roster(Path file) throws RosterException {
        return RosterFile.read(file);
    }

    /** Consolidates the files into {@code workbook} and {@code json}, with the roster and the year when given. */
    ConsolidateOutcome consolidate(List<Path> files, Optional<Path> roster, String agency, OptionalInt year, Path workbook, Path json) {
        return refusedAsError(() -> new ConsolidateJob(reader).run(new ConsolidateRequest(files, workbook, Optional.of(json), agency,
                year, roster, List.of(), false, true), ProgressListener.NONE));
    }

    /** Renders a return or consolidated workbook's tables as a web page. */
    RenderOutcome tables(Path workbook) {
        return refusedAsError(() -> new RenderJob(reader).run(new RenderRequest(workbook, RenderFormat.HTML, Optional.empty(), false)));
    }

    /** Reads a published report; when {@code template} is given, writes its numbers there as a filled template. */
    ExtractOutcome extract(Path report, Optional<Path> template) {
        return refusedAsError(() -> new ExtractJob().run(new ExtractRequest(List.of(report), template, Optional.empty(), true),
                ProgressListener.NONE));
    }

    /** Writes the template with this filling to {@code target}. */
    void template(Filling filling, Path target) {
        refusedAsError(() -> {
            new TemplateJob().run(new TemplateRequest(target, filling, Optional.empty(), true));
            return target;
        });
    }

    /** A job's work. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws JobRefusedException, IOException;
    }

    private static <T> T refusedAsError(Work<T> work) {
        try {
            return work.run();
        } catch (JobRefusedException e) {
            throw DeskError.badRequest(e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
