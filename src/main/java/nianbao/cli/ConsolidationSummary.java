package nianbao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.ConsolidationJson;
import nianbao.consolidate.FileRecord;
import nianbao.consolidate.Origin;
import nianbao.jobs.ConsolidateOutcome;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.report.JsonReport;
import nianbao.report.Report;

/**
 * A consolidation's account on the terminal: a line per file that is not simply ok (with quiet, per file
 * with a problem), naming its agency; the counts; the roster's unreported and unexpected agencies by name.
 */
final class ConsolidationSummary {

    private final ConsolidateOutcome outcome;
    private final Consolidation c;
    private final boolean quiet;

    ConsolidationSummary(ConsolidateOutcome outcome, boolean quiet) {
        this.outcome = outcome;
        this.c = outcome.consolidation();
        this.quiet = quiet;
    }

    void print(PrintWriter out, PrintWriter err) {
        outcome.previousProblems().forEach(p -> err.println("提示：上年报表 " + p));
        err.flush();
        if (outcome.written()) {
            written(out);
        } else {
            nothingOfTheYear(out, err);
        }
    }

    private void written(PrintWriter out) {
        for (FileRecord r : c.records()) {
            if (r.status() != FileStatus.OK && (!quiet || r.status() != FileStatus.SKIPPED)) {
                out.println("  " + r.file() + who(r) + "：" + r.statusWords()
                        + "（" + (r.reason().isEmpty() ? r.errors() + " 个错误，详见「校验」工作表" : FileResult.reasonBeside(r.file(), r.reason())) + "）");
            }
        }
        out.println(counts());
        List<String> overlapping = c.overlaps().stream().map(r -> r.agency().isEmpty() ? r.file() : r.agency()).distinct().toList();
        if (!overlapping.isEmpty()) {
            out.println("重复计入：" + overlapping.size() + " 个单位同时见于多份输入（" + String.join("、", overlapping.subList(0,
                    Math.min(5, overlapping.size()))) + (overlapping.size() > 5 ? " 等" : "") + "），各只计入一次（详见「校验」工作表）");
        }
        if (c.years().size() > 1) {
            out.println("注意：计入汇总的报表分属多个年度（" + c.years().stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + "）；可用 --year 指定年度");
        }
        if (c.hasRoster()) {
            JsonReport.RosterNames roster = ConsolidationJson.rosterNames(c);
            out.println("名册中未报送的单位（" + roster.missing().size() + " 个）" + names(roster.missing()));
            out.println("不在名册中的报送单位（" + roster.unexpected().size() + " 个）" + names(roster.unexpected()));
        }
        out.println("已汇总 " + c.summedCount() + " 份报表，写入 " + outcome.request().output()
                + outcome.request().json().map(json -> "；JSON 报告写入 " + json).orElse(""));
        out.flush();
    }

    /** No return of the year asked for: nothing was written, and the years found are named. */
    private void nothingOfTheYear(PrintWriter out, PrintWriter err) {
        out.println(counts());
        out.flush();
        String years = outcome.otherYears().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 份").collect(Collectors.joining("、"));
        err.println("错误：没有 " + outcome.request().year().getAsInt() + " 年度的报表" + (years.isEmpty() ? "" : "（读到的报表：" + years + "）")
                + "；未生成汇总工作簿" + (outcome.request().json().isEmpty() ? "" : "和 JSON 报告") + "。请检查 --year 与所给的文件或文件夹");
        err.flush();
    }

    /** The line counting the records by status, sub-summaries and their members said apart. */
    private String counts() {
        long subSummaries = c.count(Origin.Kind.SUB_SUMMARY);
        String files = subSummaries == 0 ? c.records().size() + " 个文件"
                : c.count(Origin.Kind.DIRECT) + subSummaries + " 个文件（其中汇总表 " + subSummaries + " 份，其明细列出 "
                        + c.count(Origin.Kind.MEMBER) + " 个单位），共 " + c.records().size() + " 项";
        long overlaps = c.overlaps().size();
        List<String> parts = new ArrayList<>(Report.summary(s -> s == FileStatus.DUPLICATE ? c.count(s) - overlaps : c.count(s))
                .stream().map(s -> s.chinese() + " " + s.count()).toList());
        if (overlaps > 0) {
            parts.add("重复计入 " + overlaps);
        }
        return files + "：" + String.join("，", parts);
    }

    /** The agency a file's line names: none for a file that was not read, 「未填」 for a return that names none. */
    private static String who(FileRecord r) {
        if (!r.agency().isEmpty()) {
            return "  " + r.agency();
        }
        return r.status() == FileStatus.UNREADABLE || r.status() == FileStatus.SKIPPED ? "" : "  （未填填报单位）";
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "：无" : "：" + String.join("、", names);
    }
}
