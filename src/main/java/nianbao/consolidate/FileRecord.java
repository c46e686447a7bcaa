package nianbao.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * The small record kept in memory for each input file while consolidating: who, which year, the
 * receipt facts and the final status. The 200 values and the findings of reading and verifying live
 * in the {@link Spill}, at position {@link #index()}.
 *
 * @param index position in the run, in input order (also the position in the spill)
 * @param file the path as the user named it
 * @param agency 填报单位, or ""
 * @param creditCode 统一社会信用代码, or ""
 * @param year 年度, or 0 when not stated
 * @param date 填报日期 as yyyymmdd, or 0 when not stated
 * @param errors how many errors reading, verifying and consolidating found
 * @param facts size, SHA-256 and modification time
 * @param status the final status
 * @param reason a Chinese explanation for any status but ok, else ""
 * @param summed whether its values are in the totals
 * @param group the roster group it is counted in, or "" without a roster
 * @param extra findings added while consolidating (duplicate_return, overlap, year_mismatch, detail_mismatch)
 * @param empty whether the return was sent back unfilled ({@code empty_return}): not a submission
 * @param origin a file given directly, a sub-summary, or a member of one
 */
public record FileRecord(int index, String file, String agency, String creditCode, int year, int date,
        int errors, FileFacts facts, FileStatus status, String reason, boolean summed, String group, List<Finding> extra,
        boolean empty, Origin origin) {

    public FileRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        group = group == null ? "" : group;
        extra = List.copyOf(extra);
        Objects.requireNonNull(origin, "origin");
    }

    /** The record of a file given as input, as it comes out of reading and verifying. */
    static FileRecord of(int index, FileResult result, FileFacts facts) {
        return of(index, result, facts, Origin.DIRECT);
    }

    /** The record of a return that reached the run this way, as it comes out of reading and verifying. */
    static FileRecord of(int index, FileResult result, FileFacts facts, Origin origin) {
        String file = origin.isMember() ? origin.memberName() : result.file();
        Return r = result.read();
        if (r == null) {
            return new FileRecord(index, file, "", "", 0, 0, errors(result.findings()),
                    facts, result.status(), result.reason(), false, "", List.of(), false, origin);
        }
        String code = r.metaText(MetaKey.CREDIT_CODE);
        String date = r.metaText(MetaKey.DATE);
        return new FileRecord(index, file, r.agency(), code.isEmpty() ? "" : Roster.normalizeCode(code),
                r.year().orElse(0), date.isEmpty() ? 0 : FilingDate.parse(date), errors(result.findings()),
                facts, result.status(), result.reason(), false, "", List.of(),
                result.findings().stream().anyMatch(f -> f.code() == Code.EMPTY_RETURN), origin);
    }

    private static int errors(List<Finding> findings) {
        int errors = 0;
        for (Finding f : findings) {
            errors += f.isError() ? 1 : 0;
        }
        return errors;
    }

    /** Whether the file is a return the agency really submitted: read, and not sent back unfilled. */
    public boolean isSubmission() {
        return (isCandidate() || status == FileStatus.DUPLICATE) && !empty;
    }

    /**
     * Whether a return was read and taken into the run (ok or invalid) to be summed: never a sub-summary,
     * whose members are summed in its place.
     */
    public boolean isCandidate() {
        return (status == FileStatus.OK || status == FileStatus.INVALID) && !origin.isSubSummary();
    }

    /** The status in a clerk's words, saying how an invalid return was summed, a copy left out or a sub-summary taken. */
    public String statusWords() {
        if (status == FileStatus.INVALID && summed) {
            return FileStatus.INVALID.chinese() + "（已按 --include-invalid 计入汇总）";
        }
        if (status == FileStatus.DUPLICATE && extra.stream().anyMatch(f -> f.code() == Code.OVERLAP)) {
            return "重复计入（已以另一份为准）";
        }
        if (status == FileStatus.OK && origin.isSubSummary()) {
            return FileStatus.OK.chinese() + "（汇总表）";
        }
        return status.chinese();
    }

    FileRecord withStatus(FileStatus newStatus, String newReason, Finding finding) {
        return withStatus(newStatus, newReason, List.of(finding));
    }

    /** The record with a new status and these findings added (their errors counted). */
    FileRecord withStatus(FileStatus newStatus, String newReason, List<Finding> findings) {
        List<Finding> more = new ArrayList<>(extra);
        more.addAll(findings);
        return new FileRecord(index, file, agency, creditCode, year, date, errors + errors(findings), facts, newStatus,
                newReason, summed, group, more, empty, origin);
    }

    FileRecord withFinding(Finding finding) {
        return withStatus(status, reason, finding);
    }

    FileRecord withSummed(boolean isSummed) {
        return new FileRecord(index, file, agency, creditCode, year, date, errors, facts, status, reason, isSummed, group, extra,
                empty, origin);
    }

    FileRecord withGroup(String newGroup) {
        return new FileRecord(index, file, agency, creditCode, year, date, errors, facts, status, reason, summed, newGroup, extra,
                empty, origin);
    }
}
