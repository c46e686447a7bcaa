package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorReporterTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("出了意外");
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cmd.addSubcommand(new Boom());
        cmd.addSubcommand(new Exhausted());
        // Settings reach the subcommands present when they are set: apply them again to the new one.
        cmd.setErr(cmd.getErr());
        cmd.setExecutionExceptionHandler(cmd.getExecutionExceptionHandler());
        cmd.setExitCodeExceptionMapper(cmd.getExitCodeExceptionMapper());
        return cmd.execute(args);
    }

    @Test
    void anUnexpectedFailureIsADefectSaidInOneChineseLineWithoutAStackTrace() {
        assertThat(run("boom")).isEqualTo(Main.INTERNAL);
        assertThat(err.toString()).startsWith("错误：nianbao 内部出错").contains("请把所用的命令和输入文件报告给维护人员")
                .doesNotContain("出了意外").doesNotContain("Exception").endsWith(System.lineSeparator()).hasLineCount(1);
    }

    @Test
    void debugOnAnySubcommandShowsTheStackTrace() {
        assertThat(run("boom", "--debug")).isEqualTo(Main.INTERNAL);
        assertThat(err.toString()).startsWith("错误：nianbao 内部出错").contains("出了意外")
                .contains("at nianbao.cli.ErrorReporterTest$Boom.call");
    }

    @Command(name = "exhausted")
    static final class Exhausted implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryOutsideAnyFileIsAnInternalFailureSaidInChinese() {
        assertThat(run("exhausted")).isEqualTo(Main.INTERNAL);
        assertThat(err.toString()).startsWith("错误：nianbao 内部出错（内存不足").doesNotContain("OutOfMemoryError").hasLineCount(1);
    }

    @Test
    void everyCommandAcceptsDebug() {
        assertThat(run("template", "--debug", "--help")).isZero();
        assertThat(out.toString()).contains("--debug");
    }
}
