package nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import nianbao.bench.BenchCommand;
import nianbao.form.Form;
import nianbao.io.FileNames;
import nianbao.jit.ShortRunJit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code nianbao} command: a thin layer that hands each subcommand to the package doing the work. */
@Command(name = "nianbao",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        resourceBundle = "nianbao.cli.Messages",
        description = Form.REPORT + "：生成模板、读取校验、汇总。",
        exitCodeList = {Main.EXIT_OK, Main.EXIT_INVALID, Main.EXIT_USAGE, Main.EXIT_FAILURE},
        subcommands = {HelpCommand.class, TemplateCommand.class, VerifyCommand.class,
                ConsolidateCommand.class, ExtractCommand.class, RenderCommand.class, BenchCommand.class, ServeCommand.class})
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

    /** The exit statuses of form.md §4, as every command's help lists them. */
    static final String EXIT_OK = "0:全部读取且无误";
    static final String EXIT_INVALID = "1:有报表有误或无法读取";
    static final String EXIT_USAGE = "2:命令用法错误，或输出文件不能写入（原有文件不变）";
    static final String EXIT_FAILURE = "3:nianbao 自身出错（请报告此问题；不会留下写了一半的文件）";

    /** The commands that run long enough for C2 to earn its compile time (the desk, also started with no arguments, runs for weeks; the benchmark measures the JIT itself). */
    static final Set<String> LONG_RUNNING = Set.of("serve", "bench");

    public static void main(String[] args) {
        if (args.length > 0 && !LONG_RUNNING.contains(args[0])) {
            ShortRunJit.applyInBackground();
        }
        PrintWriter out = new PrintWriter(System.out, true, ConsoleCharset.stdout());
        PrintWriter err = new PrintWriter(System.err, true, ConsoleCharset.stderr());
        System.exit(commandLine(out, err).execute(args));
    }

    /** The one factory used by {@link #main} and by every CLI test. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(TerminalWriter.of(out));
        cmd.setErr(TerminalWriter.of(err));
        cmd.setExitCodeExceptionMapper(e -> USAGE);
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setExecutionStrategy(ErrorReporter::execute);
        cmd.registerConverter(Path.class, FileNames::named);
        ArgumentList.install(cmd);
        return cmd;
    }

    /** Prints the program version, as the pom gives it, and the form version it implements. */
    static final class Version implements CommandLine.IVersionProvider {

        /** The resource the build writes the pom's version into. */
        static final String RESOURCE = "/nianbao/version.properties";

        @Override
        public String[] getVersion() {
            return new String[] {"nianbao " + number() + "（表式 " + Form.VERSION + " 版）"};
        }

        /** The version number, e.g. {@code 0.1.0}. */
        static String number() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: the build did not run");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version");
        }
    }
}
