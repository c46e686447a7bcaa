package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nianbao.io.FileNames;
import nianbao.jobs.ExtractJob;
import nianbao.jobs.ExtractOutcome;
import nianbao.jobs.ExtractRequest;
import nianbao.jobs.JobRefusedException;
import nianbao.jobs.WrittenCopy;
import nianbao.report.JsonReport;
import nianbao.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao extract}: the door to {@link ExtractJob} (published reports read into the form's values and
 * checked), its outcome in Chinese or JSON.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "读取已公开的年度报告（.txt、.html、.docx、.pdf），取出三张表的数字并校验；可另存为填好的模板。",
        exitCodeList = {"0:全部读取且无误", "1:有报告有误或无法读取", "2:命令用法错误，或输出文件不能写入", Main.EXIT_FAILURE})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "报告", description = "报告文件或文件夹（文件夹中递归查找 .txt、.md、.html、.htm、.docx、.pdf）")
    List<Path> inputs;

    @Option(names = "--json", description = "以 JSON 输出（每份报告的全部数值与问题）")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "输出.xlsx", description = "把读出的数字写入一份填好的模板（仅限一份报告）")
    Path output;

    @Option(names = "--out-dir", paramLabel = "文件夹", description = "批量时，把每份报告写成同名的填好的模板放入此文件夹（不存在时新建）")
    Path outDir;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractOutcome outcome;
        try {
            Optional<String> refused = outDir != null ? OutputFile.folder(outDir, "--out-dir")
                    : output == null ? Optional.empty() : OutputFile.extensionProblem(output, "-o", "xlsx").or(() -> OutputFile.folderOf(output, "-o"));
            if (refused.isPresent()) {
                throw new JobRefusedException(refused.get());
            }
            outcome = new ExtractJob().run(new ExtractRequest(inputs, Optional.ofNullable(output), Optional.ofNullable(outDir), force),
                    Progress.hidden());
        } catch (JobRefusedException e) {
            err.println("用法错误：" + e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        PrintWriter notes = json ? err : out;
        outcome.skipped().forEach(s -> notes.println("– " + FileNames.shown(s.file()) + "  " + s.reason()));
        if (json) {
            JsonReport.write(outcome.report(), out);
            outcome.report().files().forEach(r -> outcome.notes(r).forEach(n -> notes.println(TextReport.NOTE + "：" + r.file() + "：" + n)));
        } else {
            TextReport.writePrinted(outcome.report(), outcome::notes, out);
        }
        for (WrittenCopy t : outcome.templates()) {
            if (t.written()) {
                notes.println("已写出填好的模板：" + t.target());
            } else {
                err.println("错误：无法写出 " + t.target() + "（" + t.problem() + "）");
            }
        }
        out.flush();
        err.flush();
        return outcome.verdict().exitStatus();
    }
}
