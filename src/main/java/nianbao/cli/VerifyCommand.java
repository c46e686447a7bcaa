package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.read.ReturnReader;
import nianbao.report.Annotator;
import nianbao.report.JsonReport;
import nianbao.report.Report;
import nianbao.report.TextReport;
import nianbao.verify.Batch;
import nianbao.verify.MemoryGate;
import nianbao.verify.PreviousReturns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao verify}: reads returns, checks every identity and cell, reports in Chinese or JSON. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "读取报表并校验：勾稽关系、合计、单元格内容；可与上年报表核对，可另存标注副本。",
        exitCodeList = {"0:全部通过", "1:有报表有误或无法读取",
                "2:命令用法错误（包括 --previous 给了与本次相同年度的报表），或标注副本不能写入", Main.EXIT_FAILURE})
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "报表", description = "报表文件或文件夹（文件夹中递归查找 .xlsx、.xlsm、.xls）")
    List<Path> inputs;

    @Option(names = "--json", description = "以 JSON 输出（每份报表的全部数值与问题，及跳过的文件）")
    boolean json;

    @Option(names = "--previous", paramLabel = "上年报表", description = "上年报表（文件或文件夹）或上年汇总表，用于跨年核对")
    List<Path> previous = List.of();

    @Option(names = "--annotate", paramLabel = "文件夹", description = "把有问题的报表另存一份标注副本到此文件夹（原文件不动；文件夹不存在时新建）")
    Path annotate;

    @Option(names = "--force", description = "覆盖已存在的标注副本")
    boolean force;

    @Option(names = "--quiet", description = "只显示有问题的报表和汇总结果")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private final Batch.Reader reader;

    public VerifyCommand() {
        this(new ReturnReader()::read);
    }

    VerifyCommand(Batch.Reader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.Listing listing = InputFiles.workbooks(inputs);
        ShortRunJit.fitTo(listing.files().size());
        String problem = usageProblem(listing);
        if (!problem.isEmpty()) {
            err.println("用法错误：" + problem);
            err.flush();
            return Main.USAGE;
        }
        PreviousReturns.Loaded last = PreviousReturns.load(previous, reader);
        last.problems().forEach(p -> err.println("提示：上年报表 " + p));
        Report report = Report.of(Batch.verify(listing.files(), reader, last.returns()));
        Optional<String> sameYear = last.returns().sameYear(years(report));
        if (sameYear.isPresent()) {
            err.println("用法错误：" + sameYear.get());
            err.flush();
            return Main.USAGE;
        }
        PrintWriter notes = json ? err : out;
        if (json) {
            JsonReport.write(withSkipped(report, listing), out);
        } else if (quiet) {
            TextReport.writeProblems(report, out);
        } else {
            listing.skipped().forEach(s -> out.println("– " + FileNames.shown(s.file()) + "  " + s.reason()));
            TextReport.write(report, out);
        }
        boolean annotated = annotate == null || annotateAll(report.files(), notes, err);
        err.flush();
        return !annotated ? Main.USAGE : report.allValid() ? Main.OK : Main.INVALID;
    }

    /** The years the returns read state. */
    private static Set<Integer> years(Report report) {
        Set<Integer> years = new TreeSet<>();
        report.files().forEach(f -> f.findReturn().ifPresent(r -> r.year().ifPresent(years::add)));
        return years;
    }

    /** Why the command cannot run, or "" when it can. */
    private String usageProblem(InputFiles.Listing listing) {
        if (!listing.missing().isEmpty()) {
            return "找不到 " + String.join("、", listing.missing().stream().map(Path::toString).toList());
        }
        if (listing.files().isEmpty()) {
            return "在 " + String.join("、", inputs.stream().map(Path::toString).toList()) + " 中没有找到报表文件（.xlsx、.xlsm、.xls）";
        }
        return annotate == null ? "" : OutputFile.folder(annotate, "--annotate").orElse("");
    }

    /** The report with the files passed over listed after the others, as consolidate lists them. */
    private static Report withSkipped(Report report, InputFiles.Listing listing) {
        List<FileResult> files = new ArrayList<>(report.files());
        listing.skipped().forEach(s -> files.add(new FileResult(FileNames.shown(s.file()), FileStatus.SKIPPED, s.reason(), null, List.of())));
        return Report.of(files);
    }

    /** Writes the annotated copies; false when any could not be written (said on {@code err}). */
    private boolean annotateAll(List<FileResult> results, PrintWriter notes, PrintWriter err) {
        boolean ok = true;
        for (FileResult result : results) {
            if (result.read() != null && !result.findings().isEmpty()) {
                ok &= annotateOne(result, notes, err);
            }
        }
        return ok;
    }

    /** Writes one annotated copy, POI holding the whole workbook: one too large for the memory there is is said so. */
    private boolean annotateOne(FileResult result, PrintWriter notes, PrintWriter err) {
        String problem = MemoryGate.alone(() -> annotated(result, notes), () -> "文件太大，内存不足");
        if (!problem.isEmpty()) {
            err.println("错误：无法为 " + result.file() + " 写出标注副本（" + problem + "）");
        }
        return problem.isEmpty();
    }

    /** "" when the annotated copy was written, else why not. */
    private String annotated(FileResult result, PrintWriter notes) {
        try {
            Path written = Annotator.annotate(FileNames.named(result.file()), result.findings(), annotate, force);
            notes.println("已写出标注副本：" + written);
            return "";
        } catch (OutputRefusedException | IOException | RuntimeException e) {
            return Failure.describe(e);
        }
    }
}
