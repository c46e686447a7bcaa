package nianbao.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.consolidate.ConsolidatedWorkbook;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.ConsolidationJson;
import nianbao.consolidate.Consolidator;
import nianbao.consolidate.Roster;
import nianbao.consolidate.RosterException;
import nianbao.consolidate.RosterFile;
import nianbao.consolidate.Spill;
import nianbao.consolidate.SubSummaries;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.io.OutputTarget;
import nianbao.io.SafeOutput;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.verify.Intake;
import nianbao.verify.PreviousReturns;

/**
 * Reads and verifies many returns with a bounded number in memory, sums the valid ones (consolidated workbooks
 * through their 明细, each agency once), and writes the consolidated workbook and its JSON report together.
 */
public final class ConsolidateJob {

    /** How many agencies the chart of applications received ranks. */
    private static final int RANKED = 20;

    private final ReturnReader reader;

    /** A job reading with {@code reader}, whose caches the job's runs share. */
    public ConsolidateJob(ReturnReader reader) {
        this.reader = reader;
    }

    /** Consolidates the request's files, telling {@code listener} of each as it is read; outputs written whole or not at all. */
    public ConsolidateOutcome run(ConsolidateRequest request, ProgressListener listener) throws JobRefusedException {
        InputFiles.Listing listing = withoutEarlierOutput(request, InputFiles.workbooks(request.inputs()));
        refuseUnsafe(request, listing);
        listener.started(listing.files().size());
        Optional<Roster> roster = roster(request);
        PreviousReturns.Loaded last = PreviousReturns.load(request.previous(), reader::read);
        Optional<String> sameYear = request.year().isPresent() ? last.returns().sameYear(Set.of(request.year().getAsInt())) : Optional.empty();
        if (sameYear.isPresent()) {
            throw new JobRefusedException(sameYear.get());
        }
        Consolidator.Options options = new Consolidator.Options(request.includeInvalid(), request.year(), roster, RANKED);
        try (Spill spill = new Spill()) {
            Consolidation c = consolidate(listing, options, spill, last.returns(), listener);
            if (request.year().isPresent() && !hasReturnOf(c, request.year().getAsInt())) {
                return new ConsolidateOutcome(c, request, false, last.problems());
            }
            sameYear = last.returns().sameYear(c.years());
            if (sameYear.isPresent()) {
                throw new JobRefusedException(sameYear.get());
            }
            write(request, c, spill, last.totals());
            return new ConsolidateOutcome(c, request, true, last.problems());
        } catch (IOException e) {
            throw new JobRefusedException("汇总时无法写入临时文件（" + Failure.describe(e) + "；临时文件夹 " + Spill.folder()
                    + "）；没有写出任何输出文件，原有的输出文件没有改动");
        }
    }

    /**
     * The listing without the output of an earlier run that this one replaces (the output inside an input
     * folder): that file is our own consolidated workbook, whose agencies are among the inputs; it is listed
     * as passed over (and overwritten only with force). An output named as an input itself, or one that is
     * not a consolidated workbook, stays, and {@link #refuseUnsafe} refuses it.
     */
    private static InputFiles.Listing withoutEarlierOutput(ConsolidateRequest request, InputFiles.Listing listing) {
        Path output = request.output();
        OutputTarget target = OutputTarget.of(output);
        if (!target.exists() || request.inputs().stream().anyMatch(target::isSameFile)) {
            return listing;
        }
        List<Path> files = new ArrayList<>();
        List<InputFiles.Skipped> skipped = new ArrayList<>(listing.skipped());
        for (Path p : listing.files()) {
            if (p.getFileName().equals(output.getFileName()) && target.isSameFile(p) && SubSummaries.isConsolidatedWorkbook(p)) {
                skipped.add(new InputFiles.Skipped(p, "本次汇总的输出文件（上次汇总的结果，本次将覆盖它），不作为输入"));
            } else {
                files.add(p);
            }
        }
        return new InputFiles.Listing(files, skipped, listing.missing());
    }

    /** Refuses a run with missing inputs or outputs that may not be written, before any work. */
    private static void refuseUnsafe(ConsolidateRequest request, InputFiles.Listing listing) throws JobRefusedException {
        if (!listing.missing().isEmpty()) {
            throw new JobRefusedException("找不到输入：" + listing.missing().stream().map(Path::toString).collect(Collectors.joining("、")));
        }
        List<Path> written = new ArrayList<>(List.of(request.output()));
        request.json().ifPresent(written::add);
        for (Path target : written) {
            OutputTarget examined = OutputTarget.of(target);
            Optional<Path> input = listing.files().stream().filter(examined::isSameFile).findFirst();
            if (input.isPresent()) {
                throw new JobRefusedException("输出文件 " + target + " 也是输入文件 " + input.get() + "；请另选输出路径，以免覆盖报表");
            }
            Optional<String> refused = SafeOutput.refusal(target, request.force());
            if (refused.isPresent()) {
                throw new JobRefusedException(refused.get());
            }
        }
        if (request.json().isPresent() && OutputTarget.of(request.output()).isSameFile(request.json().get())) {
            throw new JobRefusedException("--json 与 -o 不能是同一个文件：" + request.json().get());
        }
    }

    private static Optional<Roster> roster(ConsolidateRequest request) throws JobRefusedException {
        try {
            return request.roster().isEmpty() ? Optional.empty() : Optional.of(RosterFile.read(request.roster().get()));
        } catch (RosterException e) {
            throw new JobRefusedException(e.getMessage());
        }
    }

    private Consolidation consolidate(InputFiles.Listing listing, Consolidator.Options options, Spill spill,
            PreviousReturns last, ProgressListener listener) throws IOException {
        Consolidator consolidator = new Consolidator(options, spill);
        Intake.run(listing.files(), Runtime.getRuntime().availableProcessors(), reader::read, last,
                new ToldSink(new SubSummaries(consolidator, last), listener));
        for (InputFiles.Skipped s : listing.skipped()) {
            consolidator.accept(FileResult.skipped(FileNames.shown(s.file()), s.reason()), FileFacts.UNKNOWN);
        }
        return consolidator.finish();
    }

    /** Whether a return of this year was read (summed or not): else the run has nothing to do. */
    private static boolean hasReturnOf(Consolidation c, int year) {
        return c.records().stream().anyMatch(r -> r.year() == year && (r.isCandidate() || r.status() == FileStatus.DUPLICATE));
    }

    /** Writes the workbook and the JSON report together, or neither. */
    private static void write(ConsolidateRequest request, Consolidation c, Spill spill, Optional<Return> lastTotals)
            throws JobRefusedException {
        List<SafeOutput.Target> outputs = new ArrayList<>();
        outputs.add(new SafeOutput.Target(request.output(), out -> ConsolidatedWorkbook.write(c, spill, request.agency(), lastTotals, out)));
        request.json().ifPresent(json -> outputs.add(new SafeOutput.Target(json, out -> writeJson(c, spill, out))));
        try {
            SafeOutput.writeAll(outputs, request.force());
        } catch (IOException e) {
            throw new JobRefusedException("无法写出 " + outputs.stream().map(t -> t.path().toString()).collect(Collectors.joining(" 和 "))
                    + "（" + Failure.describe(e) + "）；原有的输出文件没有改动，也没有留下临时文件");
        } catch (OutputRefusedException e) {
            throw new JobRefusedException(e.getMessage());
        }
    }

    private static void writeJson(Consolidation c, Spill spill, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ConsolidationJson.write(c, spill, w);
        w.flush();
    }
}
