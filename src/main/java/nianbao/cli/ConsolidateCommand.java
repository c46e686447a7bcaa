package nianbao.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nianbao.consolidate.ConsolidatedWorkbook;
import nianbao.consolidate.Consolidation;
import nianbao.consolidate.ConsolidationJson;
import nianbao.consolidate.Consolidator;
import nianbao.consolidate.FileFacts;
import nianbao.consolidate.FileRecord;
import nianbao.consolidate.Intake;
import nianbao.consolidate.Origin;
import nianbao.consolidate.Roster;
import nianbao.consolidate.RosterException;
import nianbao.consolidate.RosterFile;
import nianbao.consolidate.Spill;
import nianbao.consolidate.SubSummaries;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.io.SafeOutput;
import nianbao.model.Code;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.report.JsonReport;
import nianbao.report.Report;
import nianbao.verify.Batch;
import nianbao.verify.PreviousReturns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao consolidate}: reads and verifies many returns, sums the valid ones, writes the consolidated workbook. */
@Command(name = "consolidate",
        mixinStandardHelpOptions = true,
        description = {"汇总多个单位的年报数据：逐份读取校验，合计通过校验的报表，生成汇总工作簿；每个输入文件都有结论，不会遗漏。",
                "",
                "汇总工作簿的工作表：",
                "  " + ConsolidatedWorkbook.SUMMARY + "：与模板相同的三张表，填入合计数（本身可再被上一级汇总）",
                "  " + ConsolidatedWorkbook.DETAIL + "：每份计入合计的报表一行，全部 200 个指标",
                "  " + ConsolidatedWorkbook.CHECKS + "：每个文件的每条校验结果",
                "  " + ConsolidatedWorkbook.RECEIPT + "：每个输入文件一行（状态、原因、大小、SHA-256），及名册中未报送的单位",
                "  " + ConsolidatedWorkbook.GROUPS + "：名册有「分组」列时，每组一行小计",
                "  " + ConsolidatedWorkbook.YEAR_OVER_YEAR + "：--previous 给出上年度汇总表时，每个指标的上年数、本年数和增减",
                "  " + ConsolidatedWorkbook.CHARTS + "：新收申请最多的单位、办理结果构成",
                "",
                "输入中的汇总表（本工具生成的汇总工作簿）按其明细逐个单位计入；同一单位无论出现几次，只计入一次（重复计入）。"},
        exitCodeList = {"0:全部通过", "1:有报表有误或无法读取（汇总工作簿照常生成），或没有 --year 所要年度的报表（不生成汇总工作簿）",
                "2:命令用法错误（包括 --previous 给了本年度的报表），或输出文件不能写入（此时不做任何读取，原有文件不变）",
                Main.EXIT_FAILURE})
final class ConsolidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "报表", description = "报表文件或文件夹（文件夹中的 .xlsx、.xlsm、.xls 逐个读取）")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "汇总.xlsx", description = "输出的汇总工作簿（.xlsx）")
    Path output;

    @Option(names = "--agency", paramLabel = "单位名称", description = "汇总单位名称，写入汇总表的填报单位，例如 湛河区人民政府（全区汇总）")
    String agency = "";

    @Option(names = "--json", paramLabel = "报告.json", description = "另写一份 JSON 报告（每个文件、汇总计数、名册、合计）")
    Path json;

    @Option(names = "--year", paramLabel = "年度", description = "只汇总该年度的报表，其他年度的列为年度不符")
    Integer year;

    @Option(names = "--roster", paramLabel = "名册", description = "名册（.csv 或 .xlsx：单位名称，可选 统一社会信用代码、分组）；列出未报送的单位")
    Path roster;

    @Option(names = "--previous", paramLabel = "上年报表", description = "上年度的报表或汇总表，用于跨年度核对")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--include-invalid", description = "有错误的报表也计入合计（在明细和清单中标明）")
    boolean includeInvalid;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    boolean force;

    @Option(names = "--quiet", description = "只显示有问题的文件和汇总结果（不显示进度和已跳过的文件）")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        InputFiles.Listing listing = withoutEarlierOutput(InputFiles.workbooks(inputs));
        ShortRunJit.fitTo(listing.files().size());
        Optional<String> refusal = refusal(listing);
        if (refusal.isPresent()) {
            return usage(refusal.get());
        }
        Roster members;
        try {
            members = roster == null ? null : RosterFile.read(roster);
        } catch (RosterException e) {
            return usage(e.getMessage());
        }
        ReturnReader returnReader = new ReturnReader();
        Batch.Reader reader = returnReader::read;
        List<Return> lastYear = previousReturns(reader);
        PreviousReturns last = PreviousReturns.of(lastYear);
        Optional<String> sameYear = year == null ? Optional.empty() : last.sameYear(Set.of(year));
        if (sameYear.isPresent()) {
            return usage(sameYear.get());
        }
        Consolidator.Options options = new Consolidator.Options(includeInvalid,
                year == null ? OptionalInt.empty() : OptionalInt.of(year), Optional.ofNullable(members), 20);
        try (Spill spill = new Spill()) {
            Consolidation c;
            try {
                c = consolidate(listing, options, spill, returnReader::read, last);
            } catch (IOException e) {
                return usage("汇总时无法写入临时文件（" + Failure.describe(e) + "；临时文件夹 " + Spill.folder()
                        + "）；没有写出任何输出文件，原有的输出文件没有改动");
            }
            if (year != null && !hasReturnOf(c, year)) {
                return nothingOfTheYear(c);
            }
            sameYear = last.sameYear(c.years());
            if (sameYear.isPresent()) {
                return usage(sameYear.get());
            }
            Optional<Return> lastTotals = lastYear.size() == 1 ? Optional.of(lastYear.get(0)) : Optional.empty();
            List<SafeOutput.Target> outputs = new ArrayList<>();
            outputs.add(new SafeOutput.Target(output, out -> ConsolidatedWorkbook.write(c, agency, lastTotals, out)));
            if (json != null) {
                outputs.add(new SafeOutput.Target(json, out -> writeJson(c, out)));
            }
            try {
                SafeOutput.writeAll(outputs, force);
            } catch (IOException e) {
                return usage("无法写出 " + outputs.stream().map(t -> t.path().toString()).collect(Collectors.joining(" 和 "))
                        + "（" + Failure.describe(e) + "）；原有的输出文件没有改动，也没有留下临时文件");
            }
            summary(c);
            return c.hasProblems() ? Main.INVALID : Main.OK;
        }
    }

    /**
     * The listing without the output of an earlier run that this one replaces ({@code -o} inside an input
     * folder): that file is our own consolidated workbook, whose agencies are among the inputs; it is
     * listed as passed over (and overwritten only with --force). An output named as an input itself, or
     * one that is not a consolidated workbook, stays, and {@link #refusal} refuses it.
     */
    private InputFiles.Listing withoutEarlierOutput(InputFiles.Listing listing) {
        OutputTarget target = OutputTarget.of(output);
        if (!target.exists() || inputs.stream().anyMatch(target::isSameFile)) {
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

    /** Why the run must not start, checked before any work: missing inputs, outputs that may not be written. */
    private Optional<String> refusal(InputFiles.Listing listing) {
        if (year != null && (year < 1000 || year > 9999)) {
            return Optional.of("--year 须为四位数字的年度，收到：" + year);
        }
        if (!listing.missing().isEmpty()) {
            return Optional.of("找不到输入：" + listing.missing().stream().map(Path::toString).collect(Collectors.joining("、")));
        }
        Optional<String> named = OutputFile.extensionProblem(output, "-o", "xlsx")
                .or(() -> json == null ? Optional.empty() : OutputFile.extensionProblem(json, "--json", "json"));
        if (named.isPresent()) {
            return named;
        }
        List<Path> written = json == null ? List.of(output) : List.of(output, json);
        for (Path target : written) {
            Optional<String> folder = OutputFile.folderOf(target, target == output ? "-o" : "--json");
            if (folder.isPresent()) {
                return folder;
            }
            Optional<String> input = overwritten(listing.files(), OutputTarget.of(target));
            if (input.isPresent()) {
                return Optional.of("输出文件 " + target + " 也是输入文件 " + input.get() + "；请另选输出路径，以免覆盖报表");
            }
            Optional<String> refused = SafeOutput.refusal(target, force);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return json != null && OutputTarget.of(output).isSameFile(json)
                ? Optional.of("--json 与 -o 不能是同一个文件：" + json) : Optional.empty();
    }

    /** The first input that writing {@code target} would overwrite. */
    private static Optional<String> overwritten(List<Path> inputs, OutputTarget target) {
        for (Path p : inputs) {
            if (target.isSameFile(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    /** Last year's returns (held in memory: one per agency); a single one is taken as last year's consolidated workbook. */
    private List<Return> previousReturns(Batch.Reader reader) {
        List<Return> returns = new ArrayList<>();
        if (previous.isEmpty()) {
            return returns;
        }
        for (FileResult r : Batch.verify(InputFiles.workbooks(previous).files(), reader, PreviousReturns.NONE)) {
            r.findReturn().ifPresentOrElse(returns::add,
                    () -> spec.commandLine().getErr().println("提示：上年度报表 " + r.file() + " 无法读取，不参与跨年度核对（" + r.reason() + "）"));
        }
        return returns;
    }

    private Consolidation consolidate(InputFiles.Listing listing, Consolidator.Options options, Spill spill,
            Intake.Reader reader, PreviousReturns last) throws IOException {
        Consolidator consolidator = new Consolidator(options, spill);
        Progress progress = new Progress(spec.commandLine().getErr(), listing.files().size(), !quiet && System.console() != null);
        Intake.run(listing.files(), Runtime.getRuntime().availableProcessors(), reader, last,
                new SubSummaries(consolidator, last), progress::done);
        progress.end();
        for (InputFiles.Skipped s : listing.skipped()) {
            consolidator.accept(new FileResult(FileNames.shown(s.file()), FileStatus.SKIPPED, s.reason(), null, List.of()), FileFacts.UNKNOWN);
        }
        return consolidator.finish();
    }

    private static void writeJson(Consolidation c, java.io.OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ConsolidationJson.write(c, w);
        w.flush();
    }

    /** Whether a return of this year was read (summed or not): else the run has nothing to do. */
    private static boolean hasReturnOf(Consolidation c, int year) {
        return c.records().stream().anyMatch(r -> r.year() == year && (r.isCandidate() || r.status() == FileStatus.DUPLICATE));
    }

    /** No return of the year asked for: nothing is written, and the years found are named. */
    private int nothingOfTheYear(Consolidation c) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(counts(c));
        out.flush();
        Map<String, Long> found = new TreeMap<>();
        c.records().stream().filter(r -> !r.origin().isSubSummary())
                .filter(r -> r.extra().stream().anyMatch(f -> f.code() == Code.YEAR_MISMATCH))
                .forEach(r -> found.merge(r.year() > 0 ? r.year() + " 年度" : "未填年度", 1L, Long::sum));
        String years = found.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 份").collect(Collectors.joining("、"));
        PrintWriter err = spec.commandLine().getErr();
        err.println("错误：没有 " + year + " 年度的报表" + (years.isEmpty() ? "" : "（读到的报表：" + years + "）")
                + "；未生成汇总工作簿" + (json == null ? "" : "和 JSON 报告") + "。请检查 --year 与所给的文件或文件夹");
        err.flush();
        return Main.INVALID;
    }

    /** The line counting the records by status, sub-summaries and their members said apart. */
    private static String counts(Consolidation c) {
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

    /**
     * The terminal's account: a line per file that is not simply ok (with --quiet, per file with a
     * problem), naming its agency; the counts; the roster's unreported and unexpected agencies by name.
     */
    private void summary(Consolidation c) {
        PrintWriter out = spec.commandLine().getOut();
        for (FileRecord r : c.records()) {
            if (r.status() != FileStatus.OK && (!quiet || r.status() != FileStatus.SKIPPED)) {
                out.println("  " + r.file() + who(r) + "：" + r.statusWords()
                        + "（" + (r.reason().isEmpty() ? r.errors() + " 个错误，详见「校验」工作表" : FileResult.reasonBeside(r.file(), r.reason())) + "）");
            }
        }
        out.println(counts(c));
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
        out.println("已汇总 " + c.summedCount() + " 份报表，写入 " + output + (json == null ? "" : "；JSON 报告写入 " + json));
        out.flush();
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

    private int usage(String message) {
        spec.commandLine().getErr().println("错误：" + message);
        spec.commandLine().getErr().flush();
        return Main.USAGE;
    }
}
