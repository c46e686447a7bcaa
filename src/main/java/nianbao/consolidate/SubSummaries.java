package nianbao.consolidate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.DetailRows;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.verify.Intake;
import nianbao.verify.PreviousReturns;
import nianbao.verify.Verifier;

/**
 * Hands each file's outcome to the consolidator, a consolidated workbook given as input (a sub-summary)
 * expanded into its members: its 汇总 is taken as the sub-summary's own return, then each row of its 明细
 * is verified and taken as a return of its own, so that an agency inside it is never counted twice.
 */
public final class SubSummaries implements Intake.Sink {

    /** The key whose cell tells which sheet a return was read from. */
    private static final String PROBE = Form.fields().get(0).key();

    private final Consolidator consolidator;
    private final PreviousReturns previous;

    public SubSummaries(Consolidator consolidator, PreviousReturns previous) {
        this.consolidator = Objects.requireNonNull(consolidator, "consolidator");
        this.previous = Objects.requireNonNull(previous, "previous");
    }

    @Override
    public void accept(FileResult result, FileFacts facts) throws IOException {
        if (mayBeConsolidated(result)) {
            expand(result, facts);
        } else {
            consolidator.accept(result, facts);
        }
    }

    /**
     * Whether a return was read from a sheet named 汇总, the summary sheet of a consolidated workbook: one
     * lookup, so that the files that are plain returns pay nothing more.
     */
    static boolean mayBeConsolidated(FileResult result) {
        Return r = result.read();
        return r != null && r.findCell(PROBE).map(c -> c.sheet().equals(ConsolidatedWorkbook.SUMMARY)).orElse(false);
    }

    /** Whether a file is a consolidated workbook: read from a sheet 汇总, with a 明细 of ours. */
    public static boolean isConsolidatedWorkbook(Path file) {
        try {
            return mayBeConsolidated(FileResult.of(new ReturnReader().read(file), List.of()))
                    && DetailRows.read(file, null, row -> { });
        } catch (UnreadableException | IOException e) {
            return false;
        }
    }

    /** Takes the sub-summary and its members; a workbook with no 明细 of ours is a plain return after all. */
    private void expand(FileResult read, FileFacts facts) throws IOException {
        FileResult result = asSubSummary(read);
        boolean[] taken = {false};
        Path file = Path.of(result.file());
        try {
            boolean consolidated = DetailRows.read(file, null, row -> {
                if (!taken[0]) {
                    consolidator.acceptSubSummary(result, facts);
                    taken[0] = true;
                }
                consolidator.acceptMember(verified(row.values()), Origin.member(result.file(), row.row(), row.file(), row.source()));
            });
            if (!consolidated) {
                consolidator.accept(read, facts);
                return;
            }
            if (!taken[0]) {
                consolidator.acceptSubSummary(result, facts);
            }
            consolidator.endSubSummary(Optional.empty());
        } catch (UnreadableException e) {
            if (!taken[0]) {
                consolidator.acceptSubSummary(result, facts);
            }
            consolidator.endSubSummary(Optional.of(e.getMessage() + "；这是一份汇总表，无法确认其中包含哪些单位，未计入汇总"));
        }
    }

    /**
     * The sub-summary's own return without the findings on its 填报单位 and 年度 (left empty when it was
     * made without --agency): it is never summed nor matched to a roster, its members are, with theirs.
     */
    private static FileResult asSubSummary(FileResult result) {
        List<Finding> kept = result.findings().stream().filter(f -> !isAboutMeta(f)).toList();
        return kept.size() == result.findings().size() ? result : FileResult.of(result.read(), kept);
    }

    private static boolean isAboutMeta(Finding f) {
        return !f.keys().isEmpty() && f.keys().stream().allMatch(k -> MetaKey.find(k).isPresent());
    }

    private FileResult verified(Return member) {
        List<Finding> findings = new ArrayList<>(Verifier.verify(member));
        findings.addAll(previous.compare(member));
        return FileResult.of(member, findings);
    }
}
