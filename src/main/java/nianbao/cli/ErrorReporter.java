package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import nianbao.io.Failure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure escaping a command into one Chinese line: an output that cannot be written (a full
 * disk, a folder taken away) exit status 2; anything else is a defect of nianbao, exit status 3 with a
 * request to report it. The technical detail (the stack trace, the library's own words) is shown only
 * with {@code --debug} (or {@code -Dnianbao.debug=true}).
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        boolean debug = debug(parsed);
        int status;
        if (e instanceof Failure.Explained) {
            cmd.getErr().println("错误：" + e.getMessage());
            status = Main.USAGE;
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
            cmd.getErr().println("错误：读写文件时出错（" + Failure.words(io) + "）；原有的输出文件没有改动");
            status = Main.USAGE;
        } else {
            internal(e, cmd.getErr());
            status = Main.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return status;
    }

    /**
     * Runs the command parsed, technical detail shown in messages when {@code --debug} is given; a failure
     * that is no exception (memory or stack exhausted, a broken installation) is reported as internal.
     */
    static int execute(ParseResult parsed) {
        boolean debug = debug(parsed);
        Failure.showDetail(debug);
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            CommandLine cmd = parsed.commandSpec().commandLine();
            internal(e, cmd.getErr());
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return Main.INTERNAL;
        } finally {
            Failure.showDetail(false);
        }
    }

    private static void internal(Throwable e, PrintWriter err) {
        String what = e instanceof OutOfMemoryError
                ? "内存不足（本次运行最多可用 " + (Runtime.getRuntime().maxMemory() >> 20) + " MB）" : Failure.words(e);
        err.println("错误：nianbao 内部出错（" + what + "），这是 nianbao 的缺陷，不是您的操作有误。"
                + "没有写出不完整的输出文件，原有的输出文件没有改动。请把所用的命令和输入文件报告给维护人员；加 --debug 可显示技术细节");
    }

    static boolean debug(ParseResult parsed) {
        if (Boolean.getBoolean("nianbao.debug")) {
            return true;
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
