package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nianbao.io.FileNames;
import nianbao.jobs.WrittenCopy;
import nianbao.jobs.JobRefusedException;
import nianbao.jobs.VerifyJob;
import nianbao.jobs.VerifyOutcome;
import nianbao.jobs.VerifyRequest;
import nianbao.read.ReturnReader;
import nianbao.report.JsonReport;
import nianbao.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao verify}: the door to {@link VerifyJob}, its outcome in Chinese or JSON. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "读取报表并校验：勾稽关系、合计、单元格内容；可与上年报表核对，可另存标注副本。",
        exitCodeList = {"0:全部通过", "1:有报表有误或无法读取",
                "2:命令用法错误（包括 --previous 给了与本次相同年度的报表），或标注副本不能写入", Main.EXIT_FAILURE})
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "报表", description = "报表文件或文件夹（文件夹中递归查找 .xlsx、.xlsm、.xls）")
    List<Path> inputs;

    @Option(names = "--json", description = "以 JSON 输出（每份报表的全部数值与问题，及跳过的文件）")
    boolean json;

    @Option(names = "--previous", paramLabel = "上年报表", description = "上年报表（文件或文件夹）或上年汇总表，用于跨年核对")
    List<Path> previous = List.of();

    @Option(names = "--annotate", paramLabel = "文件夹", description = "把有问题的报表另存一份标注副本到此文件夹（原文件不动；文件夹不存在时新建）")
    Path annotate;

    @Option(names = "--force", description = "覆盖已存在的标注副本")
    boolean force;

    @Option(names = "--quiet", description = "只显示有问题的报表和汇总结果")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VerifyOutcome outcome;
        try {
            Optional<String> folder = annotate == null ? Optional.empty() : OutputFile.folder(annotate, "--annotate");
            if (folder.isPresent()) {
                throw new JobRefusedException(folder.get());
            }
            outcome = new VerifyJob(new ReturnReader())
                    .run(new VerifyRequest(inputs, previous, Optional.ofNullable(annotate), force), Progress.hidden());
        } catch (JobRefusedException e) {
            err.println("用法错误：" + e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        outcome.previousProblems().forEach(p -> err.println("提示：上年报表 " + p));
        PrintWriter notes = json ? err : out;
        if (json) {
            JsonReport.write(outcome.withSkipped(), out);
        } else if (quiet) {
            TextReport.writeProblems(outcome.report(), out);
        } else {
            outcome.skipped().forEach(s -> out.println("– " + FileNames.shown(s.file()) + "  " + s.reason()));
            TextReport.write(outcome.report(), out);
        }
        for (WrittenCopy a : outcome.annotations()) {
            if (a.written()) {
                notes.println("已写出标注副本：" + a.target());
            } else {
                err.println("错误：无法为 " + a.file() + " 写出标注副本（" + a.problem() + "）");
            }
        }
        out.flush();
        err.flush();
        return outcome.verdict().exitStatus();
    }
}
