package nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao template}: writes the official template for a clerk to fill in. */
@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = "生成年度报告数据填报模板（Excel，.xlsx）。")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "输出的模板文件，例如 年报模板.xlsx")
    Path output;

    @Option(names = "--year", paramLabel = "Y", description = "预先填入的年度（四位数字）")
    Integer year;

    @Option(names = "--agency", paramLabel = "NAME", description = "预先填入的填报单位")
    String agency;

    @Option(names = "--password", paramLabel = "P", description = "工作表保护密码（默认无密码）")
    String password;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (year != null && (year < 1000 || year > 9999)) {
            throw new ParameterException(spec.commandLine(), "--year 须为四位数字的年度，收到：" + year);
        }
        new TemplateWriter(password).write(output, force, Filling.header(agency, year));
        spec.commandLine().getOut().println("已生成模板：" + output);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
