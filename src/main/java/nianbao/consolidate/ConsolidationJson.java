package nianbao.consolidate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.FileResult;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.report.JsonReport;
import nianbao.report.Report;

/**
 * Writes the consolidate report of form.md §4 (files, summary, totals), one file at a time from the spill.
 * Each entry says whether it was {@code summed}; a sub-summary's entry says how many {@code members} it
 * has, and each member follows it as an entry of its own with its {@code source} (the sub-summary), its
 * {@code row} on the sub-summary's 明细 and the {@code listed_file} that row names.
 */
public final class ConsolidationJson {

    private ConsolidationJson() {
    }

    public static void write(Consolidation c, Spill spill, Writer out) throws IOException {
        try (JsonReport.Stream stream = JsonReport.open(out)) {
            Map<String, Long> members = c.memberCounts();
            spill.forEach(c.records(), (record, entry) -> stream.file(fileResult(record, entry), fields(record, members)));
            List<Report.SummaryField> summary = new ArrayList<>(Report.counts(c::count));
            summary.add(new Report.SummaryField("summed", "计入汇总", c.summedCount()));
            if (c.count(Origin.Kind.SUB_SUMMARY) > 0) {
                summary.add(new Report.SummaryField("sub_summaries", "汇总表", c.count(Origin.Kind.SUB_SUMMARY)));
                summary.add(new Report.SummaryField("members", "汇总表明细中的单位", c.count(Origin.Kind.MEMBER)));
                summary.add(new Report.SummaryField("overlap", "重复计入（只计一次）", c.overlaps().size()));
            }
            stream.end(c.records().size(), summary, c.hasRoster() ? Optional.of(rosterNames(c)) : Optional.empty(), c.totals());
        }
    }

    /**
     * The roster's agencies that sent no return, and the agencies not on it that did (a file whose
     * return names no agency by its file), each once.
     */
    public static JsonReport.RosterNames rosterNames(Consolidation c) {
        return new JsonReport.RosterNames(c.missing().stream().map(Roster.Member::name).toList(),
                c.unexpected().stream().map(r -> r.agency().isEmpty() ? r.file() : r.agency()).distinct().toList());
    }

    /** The fields of an entry beyond form.md's: whether it was summed, and what a sub-summary or a member is. */
    private static Map<String, Object> fields(FileRecord record, Map<String, Long> members) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summed", record.summed());
        Origin origin = record.origin();
        if (origin.isSubSummary()) {
            fields.put("members", members.getOrDefault(record.file(), 0L));
        } else if (origin.isMember()) {
            fields.put("source", origin.subSummary());
            fields.put("row", origin.row());
            fields.put("listed_file", origin.listedFile());
        }
        return fields;
    }

    /** The file's outcome as the report shows it, rebuilt from its record and its spilled values and findings. */
    static FileResult fileResult(FileRecord record, Spill.Entry entry) {
        List<Finding> findings = new ArrayList<>(entry.findings());
        findings.addAll(record.extra());
        return new FileResult(record.file(), record.status(), record.reason(), asReturn(record, entry), findings);
    }

    private static Return asReturn(FileRecord record, Spill.Entry entry) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (entry.values()[f.index()] != null) {
                values.put(f.key(), entry.values()[f.index()]);
            }
        }
        if (values.isEmpty() && !record.isCandidate() && record.agency().isEmpty()) {
            return null;
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, record.agency());
        if (record.year() > 0) {
            meta.put(MetaKey.YEAR, String.valueOf(record.year()));
        }
        if (!record.creditCode().isEmpty()) {
            meta.put(MetaKey.CREDIT_CODE, record.creditCode());
        }
        return new Return(record.file(), meta, values, Map.of(), List.of());
    }
}
