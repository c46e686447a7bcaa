package nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Stands in for the desk, {@code nianbao serve} (form.md §5), until it is built: {@code nianbao.bat}
 * with no arguments (a double-click) runs {@code serve}, and until then is told in Chinese what to run
 * instead. The desk's own command replaces this class.
 */
@Command(name = "serve", hidden = true, description = "工作台（尚未提供）。")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("nianbao 工作台（在浏览器中使用）尚未提供。现在请在命令行中使用，例如：");
        err.println("  校验各单位报来的报表：nianbao verify 报表文件夹");
        err.println("  汇总通过校验的报表：nianbao consolidate 报表文件夹 -o 输出/汇总.xlsx");
        err.println("  全部命令：nianbao --help");
        err.println("（Windows 中把 nianbao 换成 nianbao.bat；在 nianbao 文件夹的地址栏中输入 cmd 并回车即可打开命令行窗口。）");
        err.flush();
        return Main.USAGE;
    }
}
