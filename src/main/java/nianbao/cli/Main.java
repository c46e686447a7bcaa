package nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nianbao.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code nianbao} command: a thin layer that hands each subcommand to the package doing the work. */
@Command(name = "nianbao",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "政府信息公开工作年度报告：生成模板、读取校验、汇总。",
        subcommands = {CommandLine.HelpCommand.class, TemplateCommand.class, VerifyCommand.class,
                ConsolidateCommand.class, ExtractCommand.class, RenderCommand.class, BenchCommand.class})
public final class Main {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "出错时显示技术细节（调用栈）")
    boolean debug;

    /** Exit status: every return read and valid. */
    public static final int OK = 0;
    /** Exit status: at least one return invalid or unreadable. */
    public static final int INVALID = 1;
    /** Exit status: the command line was wrong, the command could not start, or an output could not be written. */
    public static final int USAGE = 2;
    /** Exit status: an internal failure, a defect of nianbao. */
    public static final int INTERNAL = 3;

    public static void main(String[] args) {
        ShortRunJit.applyInBackground();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The one factory used by {@link #main} and by every CLI test. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(TerminalWriter.of(out));
        cmd.setErr(TerminalWriter.of(err));
        cmd.setExitCodeExceptionMapper(e -> USAGE);
        cmd.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("用法错误：" + UsageError.of(e));
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setExecutionStrategy(ErrorReporter::execute);
        return cmd;
    }

    /** Prints the program version and the form version it implements. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nianbao " + (v == null ? "dev" : v) + "（表式 " + nianbao.form.Form.VERSION + " 版）"};
        }
    }
}
