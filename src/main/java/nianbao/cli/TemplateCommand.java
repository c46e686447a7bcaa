package nianbao.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nianbao.jobs.JobRefusedException;
import nianbao.jobs.TemplateJob;
import nianbao.jobs.TemplateRequest;
import nianbao.template.Filling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao template}: the door to {@link TemplateJob}, the official template for a clerk to fill in. */
@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = "生成年度报告数据填报模板（Excel，.xlsx）。",
        exitCodeList = {"0:已生成", "2:命令用法错误，或输出文件不能写入（原有文件不变）", Main.EXIT_FAILURE})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "模板.xlsx", description = "输出的模板文件（.xlsx），例如 年报模板.xlsx")
    Path output;

    @Option(names = "--year", paramLabel = "年度", description = "预先填入的年度（四位数字）")
    Integer year;

    @Option(names = "--agency", paramLabel = "单位名称", description = "预先填入的填报单位")
    String agency;

    @Option(names = "--password", paramLabel = "密码", description = "工作表保护密码（默认无密码）")
    String password;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (year != null && (year < 1000 || year > 9999)) {
            throw new ParameterException(spec.commandLine(), "--year 须为四位数字的年度，收到：" + year);
        }
        Optional<String> refused = OutputFile.extensionProblem(output, "-o", "xlsx").or(() -> OutputFile.folderOf(output, "-o"));
        if (refused.isPresent()) {
            throw new ParameterException(spec.commandLine(), refused.get());
        }
        try {
            new TemplateJob().run(new TemplateRequest(output, Filling.header(agency, year), Optional.ofNullable(password), force));
        } catch (JobRefusedException e) {
            spec.commandLine().getErr().println("错误：" + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        }
        spec.commandLine().getOut().println("已生成模板：" + output);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
