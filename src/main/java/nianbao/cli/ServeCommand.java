package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nianbao.desk.Desk;
import nianbao.io.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nianbao serve}: the desk (form.md §5), a page in the browser over one workspace, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动工作台：在浏览器中收报表、校验、汇总（只在本机 127.0.0.1 上提供，地址中带有每次启动新生成的口令）。",
                "第一行输出工作台的地址；按 Ctrl-C 或关闭窗口即停止。"},
        exitCodeList = {"0:工作台已正常停止", "2:工作台不能启动（如端口被占用、工作台文件夹不能写入）", Main.EXIT_FAILURE})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "文件夹",
            description = "工作台文件夹（一个报送年度的全部材料）；默认为启动脚本旁边（或当前文件夹中）的 " + Desk.DEFAULT_FOLDER)
    Path workspace;

    @Option(names = "--port", paramLabel = "端口", description = "端口号；默认或 0 时自动选一个空闲端口")
    int port;

    @Option(names = "--no-browser", description = "不自动打开浏览器")
    boolean noBrowser;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("用法错误：--port 应为 0 至 65535 之间的端口号，收到：" + port);
            err.flush();
            return Main.USAGE;
        }
        Desk desk;
        try {
            desk = Desk.start(workspace != null ? workspace : Desk.defaultFolder(), port);
        } catch (IllegalStateException e) {
            err.println("错误：工作台不能启动：" + e.getMessage());
            err.flush();
            return Main.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("错误：工作台不能启动（" + Failure.describe(e) + "）");
            err.flush();
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            desk.close();
            stopped.countDown();
        }, "nianbao-desk-stop"));
        out.println("工作台：" + desk.url());
        out.println("工作台文件夹：" + desk.folder());
        out.println(noBrowser || !desk.openBrowser() ? "请在浏览器中打开上面的地址。按 Ctrl-C 或关闭本窗口即停止工作台。"
                : "已在浏览器中打开工作台。按 Ctrl-C 或关闭本窗口即停止工作台。");
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
