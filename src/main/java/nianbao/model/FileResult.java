package nianbao.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one input file: its status, why (for unreadable or skipped files), the return read
 * from it when there is one, and every finding about it.
 *
 * @param file the path as the user named it
 * @param status what became of it
 * @param reason a Chinese explanation for unreadable, skipped or duplicate files, else ""
 * @param read the return read from the file, or null when it could not be read
 * @param findings every finding, sorted
 */
public record FileResult(String file, FileStatus status, String reason, Return read, List<Finding> findings) {

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        Finding[] sorted = findings.toArray(new Finding[0]);
        Arrays.sort(sorted);
        findings = Collections.unmodifiableList(Arrays.asList(sorted));
    }

    public Optional<Return> findReturn() {
        return Optional.ofNullable(read);
    }

    /**
     * A reason as shown beside its file's name (a line of a report, a row of 清单): without the name again
     * when the reason starts with it, as a reader's message does ({@code a.xlsx：文件已损坏…}).
     */
    public static String reasonBeside(String file, String reason) {
        String prefix = file + "：";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }

    /** A file that could not be read, with the reason. */
    public static FileResult unreadable(String file, String reason) {
        return new FileResult(file, FileStatus.UNREADABLE, reason, null, List.of());
    }

    /** A file passed over (not a return, or not one to read), with the reason. */
    public static FileResult skipped(String file, String reason) {
        return new FileResult(file, FileStatus.SKIPPED, reason, null, List.of());
    }

    /** A read return, ok or invalid according to its findings. */
    public static FileResult of(Return read, List<Finding> findings) {
        boolean invalid = false;
        for (Finding f : findings) {
            invalid |= f.isError();
        }
        return new FileResult(read.source(), invalid ? FileStatus.INVALID : FileStatus.OK, "", read, findings);
    }
}
