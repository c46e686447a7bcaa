package nianbao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nianbao.jobs.Verdict;
import nianbao.io.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao bench}: the benchmark of docs/benchmarks.md (generate synthetic returns, time the
 * floor, POI and consolidate in fresh processes), and the workers it launches.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        exitCodeList = {"0:已完成", "2:命令用法错误"},
        description = "性能基准：生成合成报表，在独立进程中分别计时“解压+XML 解析”下限、POI 读取与 consolidate 汇总。",
        subcommands = {BenchCommand.Generate.class, BenchCommand.FloorWorker.class, BenchCommand.PoiWorker.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--size"}, paramLabel = "份数", split = ",", description = "报表份数，可多个（默认 1000,10000）")
    List<Integer> sizes = new ArrayList<>(List.of(1_000, 10_000));

    @Option(names = "--work", paramLabel = "文件夹", description = "工作目录：合成报表、汇总输出与日志（默认 target/bench）")
    Path work = Path.of("target", "bench");

    @Option(names = "--seed", paramLabel = "种子", description = "随机种子（默认 1）")
    long seed = 1;

    @Option(names = "--mistakes", paramLabel = "比例", description = "含错误的报表比例，0 到 1（默认 0.1）")
    double mistakes = 0.1;

    @Option(names = "--repeat", paramLabel = "次数", description = "每项测量的次数，报告中位数（默认 3）")
    int repeat = 3;

    @Option(names = "--jar", paramLabel = "jar文件", description = "nianbao 的 jar（默认 target/nianbao.jar）")
    Path jar = Path.of("target", "nianbao.jar");

    @Option(names = "--jvm", paramLabel = "JVM参数", description = "传给每个独立 JVM 的参数，可多次，例如 --jvm=-Xmx256m")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--skip-poi", description = "不测 POI（份数很大时 POI 很慢）")
    boolean skipPoi;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String refusal = refusal();
        if (refusal != null) {
            return usage(spec, refusal);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Benchmark.Options options = new Benchmark.Options(sizes, work, seed, mistakes, repeat, java, jar, jvmOptions, skipPoi);
        out.println(machine());
        out.flush();
        List<Benchmark.Row> rows = new Benchmark(options, out).run();
        out.println();
        out.print(Benchmark.table(rows));
        out.flush();
        return Verdict.OK.exitStatus();
    }

    private String refusal() {
        if (sizes.stream().anyMatch(n -> n < 1)) {
            return "-n 须为正整数，收到：" + sizes;
        }
        if (repeat < 1) {
            return "--repeat 须为正整数，收到：" + repeat;
        }
        if (mistakes < 0 || mistakes > 1) {
            return "--mistakes 须在 0 到 1 之间，收到：" + mistakes;
        }
        if (!Files.isRegularFile(jar)) {
            return "找不到 jar：" + jar + "（先运行 mvn -B package -DskipTests）";
        }
        return null;
    }

    /** Cores, memory and JVM of this machine, as the report's header. */
    static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "机器：%d 核，内存 %.1f GB；Java %s（%s）；GNU time：%s",
                Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Files.isExecutable(Processes.GNU_TIME) ? "有" : "无（不报告内存峰值）");
    }

    static int usage(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("错误：" + message);
        spec.commandLine().getErr().flush();
        return Verdict.REFUSED.exitStatus();
    }

    /** {@code nianbao bench generate DIR -n N}: writes N synthetic returns. */
    @Command(name = "generate", mixinStandardHelpOptions = true, exitCodeList = {"0:已完成", "2:命令用法错误"}, description = "生成指定份数的合成报表（可复现：同一种子得到同样的文件）。")
    static final class Generate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "文件夹", description = "输出目录")
        Path dir;

        @Option(names = {"-n", "--size"}, required = true, paramLabel = "份数", description = "报表份数")
        int n;

        @Option(names = "--seed", paramLabel = "种子", description = "随机种子（默认 1）")
        long seed = 1;

        @Option(names = "--mistakes", paramLabel = "比例", description = "含错误的报表比例，0 到 1（默认 0.1）")
        double mistakes = 0.1;

        @Override
        public Integer call() throws IOException {
            if (n < 1) {
                return usage(spec, "-n 须为正整数，收到：" + n);
            }
            if (mistakes < 0 || mistakes > 1) {
                return usage(spec, "--mistakes 须在 0 到 1 之间，收到：" + mistakes);
            }
            new Generator(seed, mistakes).writeAll(dir, n, Runtime.getRuntime().availableProcessors());
            spec.commandLine().getOut().println("已生成 " + n + " 份报表：" + dir);
            spec.commandLine().getOut().flush();
            return Verdict.OK.exitStatus();
        }
    }

    /** The floor, run in a fresh JVM by the benchmark. */
    @Command(name = "floor", mixinStandardHelpOptions = true, exitCodeList = {"0:已完成", "2:命令用法错误"}, description = "只解压并用 StAX 逐个拉取工作表和共享字符串的 XML 事件（基准的下限）。")
    static final class FloorWorker implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "文件夹", description = "报表目录")
        Path dir;

        @Override
        public Integer call() throws IOException {
            return work(spec, dir, "XML 事件", files -> Floor.events(files, Runtime.getRuntime().availableProcessors()));
        }
    }

    /** POI's usermodel, run in a fresh JVM by the benchmark. */
    @Command(name = "poi", mixinStandardHelpOptions = true, exitCodeList = {"0:已完成", "2:命令用法错误"}, description = "用 POI 的 XSSFWorkbook 读取每个文件的全部单元格（对照）。")
    static final class PoiWorker implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "文件夹", description = "报表目录")
        Path dir;

        @Override
        public Integer call() throws IOException {
            return work(spec, dir, "个单元格", files -> PoiUsermodel.cells(files, Runtime.getRuntime().availableProcessors()));
        }
    }

    /** What a worker does with the files of a folder. */
    @FunctionalInterface
    interface Work {
        long apply(List<Path> files) throws IOException;
    }

    static int work(CommandSpec spec, Path dir, String unit, Work work) throws IOException {
        if (!Files.isDirectory(dir)) {
            return usage(spec, "找不到目录：" + dir);
        }
        List<Path> files = InputFiles.workbooks(List.of(dir)).files();
        long count = work.apply(files);
        spec.commandLine().getOut().println(files.size() + " 个文件，" + count + " " + unit);
        spec.commandLine().getOut().flush();
        return Verdict.OK.exitStatus();
    }
}
