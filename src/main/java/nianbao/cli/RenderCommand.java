package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.io.SafeOutput;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.render.RenderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao render}: a return's three tables in the official layout, ready to publish. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "把一份报表（或汇总表）的三张表按公开格式输出：网页（含合并表头）、纯文本或 Markdown。",
        exitCodeList = {"0:已输出", "1:报表无法读取", "2:命令用法错误，或输出文件不能写入", Main.EXIT_FAILURE})
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
        String refused = output == null ? "" : OutputFile.folderOf(output, "-o").or(() -> SafeOutput.refusal(output, force)).orElse("");
        if (!refused.isEmpty()) {
            err.println("错误：" + refused);
            err.flush();
            return Main.USAGE;
        }
        Return read;
        try {
            read = new ReturnReader().read(input);
        } catch (UnreadableException e) {
            err.println("错误：" + e.getMessage());
            err.flush();
            return Main.INVALID;
        }
        String text = chosen.render(read);
        if (output == null) {
            out.print(text);
            out.flush();
            return Main.OK;
        }
        try {
            SafeOutput.write(output, force, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (OutputRefusedException e) {
            err.println("错误：" + e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        out.println("已写出：" + output);
        out.flush();
        return Main.OK;
    }
}
