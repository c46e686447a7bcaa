package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nianbao.io.InputFiles;
import nianbao.jobs.JobRefusedException;
import nianbao.jobs.RenderJob;
import nianbao.jobs.RenderOutcome;
import nianbao.jobs.RenderRequest;
import nianbao.model.Finding;
import nianbao.read.ReturnReader;
import nianbao.render.RenderFormat;
import nianbao.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao render}: the door to {@link RenderJob}, a return's three tables in the official layout, ready to publish. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "把一份报表（或汇总表）的三张表按公开格式输出：网页（含合并表头）、纯文本或 Markdown。",
        exitCodeList = {"0:已输出，报表无误", "1:报表无法读取，或报表有误（仍照原样输出，并在标准错误上警告、列出错误）",
                "2:命令用法错误，或输出文件不能写入", Main.EXIT_FAILURE})
public final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "报表.xlsx", description = "填好的报表或汇总表")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "输出文件", description = "输出文件（.html、.txt 或 .md；省略时输出到屏幕）")
    Path output;

    @Option(names = "--format", paramLabel = "html|txt|md", description = "输出格式，默认按输出文件的扩展名，否则 html")
    String format;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    boolean force;

    @Spec
    CommandSpec spec;

    /** How many of a return's errors the warning lists. */
    private static final int MAX_LISTED = 10;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = format != null ? format : output != null ? InputFiles.extension(output.getFileName().toString()) : "html";
        RenderFormat chosen = RenderFormat.find(name.equals("htm") ? "html" : name).orElse(null);
        if (chosen == null) {
            err.println("用法错误：" + (format != null ? "--format 只能是 html、txt 或 md，收到：" + format
                    : "-o " + output + " 的扩展名不是 .html、.txt 或 .md；请用这三种之一结尾，或用 --format 指定格式"));
            err.flush();
            return Main.USAGE;
        }
        RenderOutcome outcome;
        try {
            Optional<String> folder = output == null ? Optional.empty() : OutputFile.folderOf(output, "-o");
            if (folder.isPresent()) {
                throw new JobRefusedException(folder.get());
            }
            outcome = new RenderJob(new ReturnReader()).run(new RenderRequest(input, chosen, Optional.ofNullable(output), force));
        } catch (JobRefusedException e) {
            err.println("错误：" + e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        if (!outcome.unreadable().isEmpty()) {
            err.println("错误：" + outcome.unreadable());
        } else if (output == null) {
            out.print(outcome.text());
        } else {
            out.println("已写出：" + output);
        }
        out.flush();
        warn(outcome.errors(), err);
        return outcome.verdict().exitStatus();
    }

    /**
     * Says on {@code err} what is wrong with a return that does not verify (an unbalanced one): its tables
     * were rendered as they are, and should not be published so.
     */
    private void warn(List<Finding> errors, PrintWriter err) {
        if (errors.isEmpty()) {
            return;
        }
        err.println("警告：" + input + " 有 " + errors.size() + " 处错误（勾稽关系、合计或单元格内容），表格已照原样输出，改正前不宜公开：");
        errors.stream().limit(MAX_LISTED).forEach(f -> err.println("    " + TextReport.findingLine(f)));
        if (errors.size() > MAX_LISTED) {
            err.println("    …… 其余 " + (errors.size() - MAX_LISTED) + " 处见 nianbao verify " + input);
        }
        err.flush();
    }
}
