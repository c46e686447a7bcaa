package nianbao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;

/**
 * What a run over many files produced, as every writer renders it: the files in order, optional
 * totals (consolidate), and optional extra summary counts after the standard ones.
 *
 * @param files one result per input file, in the order to print
 * @param totals key → sum over the included returns, or empty when the run has none
 * @param extra further summary counts, printed after files, ok, invalid and unreadable
 */
public record Report(List<FileResult> files, Map<String, BigDecimal> totals, List<SummaryField> extra) {

    /**
     * One count of the summary.
     *
     * @param key its JSON name
     * @param chinese its Chinese words in the summary line
     * @param count the number
     */
    public record SummaryField(String key, String chinese, long count) {
        public SummaryField {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(chinese, "chinese");
        }
    }

    public Report {
        files = List.copyOf(files);
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        extra = List.copyOf(extra);
    }

    /** A report of the files alone. */
    public static Report of(List<FileResult> files) {
        return new Report(files, Map.of(), List.of());
    }

    public Report withTotals(Map<String, BigDecimal> sums) {
        return new Report(files, sums, extra);
    }

    public Report withSummary(String key, String chinese, long count) {
        List<SummaryField> more = new ArrayList<>(extra);
        more.add(new SummaryField(key, chinese, count));
        return new Report(files, totals, more);
    }

    public long count(FileStatus status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** The counts after the number of files: ok, invalid, unreadable, duplicate and skipped when any, then extras. */
    public List<SummaryField> summary() {
        List<SummaryField> fields = new ArrayList<>(summary(this::count));
        fields.addAll(extra);
        return fields;
    }

    /** The standard counts from a count per status, for runs whose files are not held in a report. */
    public static List<SummaryField> summary(ToLongFunction<FileStatus> count) {
        List<SummaryField> fields = new ArrayList<>();
        for (FileStatus status : FileStatus.values()) {
            boolean standard = status == FileStatus.OK || status == FileStatus.INVALID || status == FileStatus.UNREADABLE;
            if (standard || count.applyAsLong(status) > 0) {
                fields.add(new SummaryField(status.code(), words(status), count.applyAsLong(status)));
            }
        }
        return fields;
    }

    /** Every status's count, none left out when zero, then the extras: the JSON report's summary, whose keys are fixed. */
    public List<SummaryField> counts() {
        List<SummaryField> fields = new ArrayList<>(counts(this::count));
        fields.addAll(extra);
        return fields;
    }

    /** Every status's count from a count per status, none left out when zero. */
    public static List<SummaryField> counts(ToLongFunction<FileStatus> count) {
        List<SummaryField> fields = new ArrayList<>();
        for (FileStatus status : FileStatus.values()) {
            fields.add(new SummaryField(status.code(), words(status), count.applyAsLong(status)));
        }
        return fields;
    }

    /** True when every file was read and found valid. */
    public boolean allValid() {
        return files.stream().allMatch(f -> f.status() == FileStatus.OK);
    }

    private static String words(FileStatus status) {
        return status == FileStatus.DUPLICATE ? "重复报送" : status.chinese();
    }
}
