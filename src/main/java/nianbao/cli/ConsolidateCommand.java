package nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import nianbao.consolidate.ConsolidatedWorkbook;
import nianbao.jobs.ConsolidateJob;
import nianbao.jobs.ConsolidateOutcome;
import nianbao.jobs.ConsolidateRequest;
import nianbao.jobs.JobRefusedException;
import nianbao.read.ReturnReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao consolidate}: the door to {@link ConsolidateJob}, its outcome told on the terminal. */
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
    public Integer call() {
        Progress progress = new Progress(spec.commandLine().getErr(), !quiet && System.console() != null);
        ConsolidateOutcome outcome;
        try {
            Optional<String> refused = refusal();
            if (refused.isPresent()) {
                throw new JobRefusedException(refused.get());
            }
            outcome = new ConsolidateJob(new ReturnReader()).run(new ConsolidateRequest(inputs, output, Optional.ofNullable(json), agency,
                    year == null ? OptionalInt.empty() : OptionalInt.of(year), Optional.ofNullable(roster), previous, includeInvalid, force),
                    progress);
        } catch (JobRefusedException e) {
            progress.end();
            spec.commandLine().getErr().println("错误：" + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
        progress.end();
        new ConsolidationSummary(outcome, quiet).print(spec.commandLine().getOut(), spec.commandLine().getErr());
        return outcome.verdict().exitStatus();
    }

    /** Why the command line cannot run, checked before any work: a year that is not one, outputs that cannot be. */
    private Optional<String> refusal() {
        if (year != null && (year < 1000 || year > 9999)) {
            return Optional.of("--year 须为四位数字的年度，收到：" + year);
        }
        return OutputFile.extensionProblem(output, "-o", "xlsx")
                .or(() -> json == null ? Optional.empty() : OutputFile.extensionProblem(json, "--json", "json"))
                .or(() -> OutputFile.folderOf(output, "-o"))
                .or(() -> json == null ? Optional.empty() : OutputFile.folderOf(json, "--json"));
    }
}
