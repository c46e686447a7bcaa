package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * Sums returns: takes each file's outcome in a stable order, keeps only a small record of it in
 * memory (values and findings go to the {@link Spill}), then decides year mismatches, duplicates and
 * overlaps, what is summed and the roster groups, and adds up the values of the returns summed. A
 * consolidated workbook given as input (a sub-summary) is never summed itself: its members, the rows
 * of its 明细, are taken after it, each as a return of its own, so that no agency is counted twice.
 * Without a roster the sums are kept as the returns come; they are added again from the spill only
 * when the end changes which returns are summed.
 */
public final class Consolidator {

    /**
     * How to consolidate.
     *
     * @param includeInvalid sum invalid returns too (they stay marked invalid)
     * @param year the only year to sum, when given
     * @param roster the agencies expected, when given
     * @param topN how many agencies the chart of applications ranks
     */
    public record Options(boolean includeInvalid, OptionalInt year, Optional<Roster> roster, int topN) {
        public Options {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(roster, "roster");
        }

        /** Every readable valid return of any year, no roster. */
        public static Options defaults() {
            return new Options(false, OptionalInt.empty(), Optional.empty(), 20);
        }
    }

    private final Options options;
    private final Spill spill;
    private final List<FileRecord> records = new ArrayList<>();
    /** The sums of the returns summed as they came, or null with a roster (its groups are matched at the end). */
    private final Totals running;
    /** The sub-summary whose members are being taken, or null. */
    private OpenSubSummary open;

    /** A sub-summary taken, its members still coming: its record, its own 汇总 and the sums of its members so far. */
    private static final class OpenSubSummary {
        final int index;
        final Return summary;
        final FormSums members = new FormSums();

        OpenSubSummary(int index, Return summary) {
            this.index = index;
            this.summary = summary;
        }
    }

    public Consolidator(Options options, Spill spill) {
        this.options = Objects.requireNonNull(options, "options");
        this.spill = Objects.requireNonNull(spill, "spill");
        this.running = options.roster().isEmpty() ? new Totals(List.of(), options.topN()) : null;
    }

    /** Takes the outcome of the next file; the return itself is not kept. */
    public void accept(FileResult result, FileFacts facts) throws IOException {
        closeSubSummary();
        take(FileRecord.of(records.size(), result, facts), result);
    }

    /**
     * Takes a consolidated workbook given as input, read as the return of its 汇总; its members follow
     * through {@link #acceptMember}, and {@link #endSubSummary} (or the next file) closes it.
     */
    public void acceptSubSummary(FileResult result, FileFacts facts) throws IOException {
        closeSubSummary();
        FileRecord record = FileRecord.of(records.size(), result, facts, Origin.SUB_SUMMARY);
        take(record, result);
        open = new OpenSubSummary(record.index(), result.read());
    }

    /** Takes the next member of the sub-summary taken last: one row of its 明细, read and verified. */
    public void acceptMember(FileResult result, Origin origin) throws IOException {
        if (open == null || !origin.isMember()) {
            throw new IllegalStateException("a member comes after its sub-summary");
        }
        FileFacts container = records.get(open.index).facts();
        FileRecord record = FileRecord.of(records.size(), result, new FileFacts(-1, new byte[0], container.modified()), origin);
        open.members.add(take(record, result));
    }

    /**
     * Closes the sub-summary taken last: invalid when its 汇总 is not the sum of its 明细 rows; unreadable,
     * with its members left out, when its 明细 could not be read to the end ({@code unreadable} says why).
     */
    public void endSubSummary(Optional<String> unreadable) {
        if (open == null) {
            throw new IllegalStateException("no sub-summary is open");
        }
        FileRecord record = records.get(open.index);
        if (unreadable.isPresent()) {
            records.set(open.index, record.withStatus(FileStatus.UNREADABLE, unreadable.get(), List.of()));
        } else {
            List<Finding> mismatches = DetailMismatch.findings(record.file(), open.summary, open.members);
            if (!mismatches.isEmpty()) {
                records.set(open.index, record.withStatus(FileStatus.INVALID, record.reason(), mismatches));
            }
        }
        open = null;
    }

    private void closeSubSummary() {
        if (open != null) {
            endSubSummary(Optional.empty());
        }
    }

    private Spill.Entry take(FileRecord record, FileResult result) throws IOException {
        Spill.Entry entry = spill.append(result.read(), result.findings());
        records.add(record);
        if (running != null && isSummed(record)) {
            running.add(record, entry);
        }
        return entry;
    }

    /** Decides every file's final status and sums the returns included. */
    public Consolidation finish() throws IOException {
        closeSubSummary();
        List<FileRecord> decided = new ArrayList<>(records.size());
        for (FileRecord r : records) {
            decided.add(checkYear(r));
        }
        SubSummaryFate.apply(decided);
        List<FileRecord> resolved = Duplicates.resolve(decided);
        resolved.replaceAll(r -> r.withSummed(isSummed(r)));
        RosterMatch match = options.roster().map(roster -> RosterMatch.of(roster, resolved)).orElse(RosterMatch.NONE);
        resolved.replaceAll(r -> r.withGroup(match.group(r)));
        return runningSumsHold(resolved) ? running.consolidation(resolved, spill, options, match)
                : Totals.add(resolved, spill, options, match);
    }

    /** Whether the running sums are those of the returns finally summed: kept, and no return's summing changed. */
    private boolean runningSumsHold(List<FileRecord> resolved) {
        if (running == null) {
            return false;
        }
        for (int i = 0; i < records.size(); i++) {
            if (resolved.get(i).summed() != isSummed(records.get(i))) {
                return false;
            }
        }
        return true;
    }

    private FileRecord checkYear(FileRecord r) {
        if (!r.isCandidate() || options.year().isEmpty() || r.year() == options.year().getAsInt()) {
            return r;
        }
        String asked = String.valueOf(options.year().getAsInt());
        String stated = r.year() == 0 ? "" : String.valueOf(r.year());
        String message = (stated.isEmpty() ? "报表未填写年度" : "报表年度为" + stated) + "，与要求汇总的 " + asked
                + " 年度不符，未计入汇总；如确属 " + asked + " 年度，请改正报表的年度";
        return r.withStatus(FileStatus.SKIPPED, message,
                new Finding(Code.YEAR_MISMATCH, List.of(MetaKey.YEAR.key()), null, asked, stated, message));
    }

    private boolean isSummed(FileRecord r) {
        return r.isCandidate() && (r.status() == FileStatus.OK || options.includeInvalid());
    }
}
