package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nianbao.extract.Extraction;
import nianbao.extract.Extractor;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.io.Failure;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.io.SafeOutput;
import nianbao.model.FileResult;
import nianbao.model.Return;
import nianbao.read.UnreadableException;
import nianbao.report.JsonReport;
import nianbao.report.Report;
import nianbao.report.TextReport;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import nianbao.verify.Batch;
import nianbao.verify.MemoryGate;
import nianbao.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao extract}: reads published reports (text, web page, Word, PDF) into the form's values,
 * checks them like returns, and can write each into a filled template.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "读取已公开的年度报告（.txt、.html、.docx、.pdf），取出三张表的数字并校验；可另存为填好的模板。",
        exitCodeList = {"0:全部读取且无误", "1:有报告有误或无法读取", "2:命令用法错误，或输出文件不能写入", Main.EXIT_FAILURE})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "报告", description = "报告文件或文件夹（文件夹中递归查找 .txt、.md、.html、.htm、.docx、.pdf）")
    List<Path> inputs;

    @Option(names = "--json", description = "以 JSON 输出（每份报告的全部数值与问题）")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "输出.xlsx", description = "把读出的数字写入一份填好的模板（仅限一份报告）")
    Path output;

    @Option(names = "--out-dir", paramLabel = "文件夹", description = "批量时，把每份报告写成同名的填好的模板放入此文件夹（不存在时新建）")
    Path outDir;

    @Option(names = "--force", description = "输出文件已存在时覆盖")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.Listing listing = InputFiles.walk(inputs, Extractor.EXTENSIONS);
        String problem = usageProblem(listing);
        if (!problem.isEmpty()) {
            err.println("用法错误：" + problem);
            err.flush();
            return Main.USAGE;
        }
        PrintWriter notes = json ? err : out;
        listing.skipped().forEach(s -> notes.println("– " + FileNames.shown(s.file()) + "  " + s.reason()));
        List<FileResult> results = new ArrayList<>();
        Map<FileResult, Extraction> extractions = new LinkedHashMap<>();
        for (Path file : listing.files()) {
            FileResult result = extract(file, extractions);
            results.add(result);
        }
        Report report = Report.of(results);
        if (json) {
            JsonReport.write(report, out);
            extractions.forEach((r, e) -> e.notes().forEach(n -> notes.println(TextReport.NOTE + "：" + r.file() + "：" + n)));
        } else {
            TextReport.writePrinted(report, r -> extractions.containsKey(r) ? extractions.get(r).notes() : List.of(), out);
        }
        boolean written = writeTemplates(extractions.values(), notes, err);
        out.flush();
        err.flush();
        return !written ? Main.USAGE : report.allValid() ? Main.OK : Main.INVALID;
    }

    /** One report read and verified, or why it cannot be; one that runs out of memory is given up alone. */
    private static FileResult extract(Path file, Map<FileResult, Extraction> extractions) {
        Extracted done = MemoryGate.run(() -> extracted(file), () -> new Extracted(Batch.tooLarge(file), null));
        if (done.extraction() != null) {
            extractions.put(done.result(), done.extraction());
        }
        return done.result();
    }

    /** What became of one report: its result, and what was read from it when it could be read. */
    private record Extracted(FileResult result, Extraction extraction) {
    }

    private static Extracted extracted(Path file) {
        try {
            Extraction extraction = new Extractor().extract(file);
            return new Extracted(FileResult.of(extraction.read(), Verifier.verify(extraction.read())), extraction);
        } catch (UnreadableException e) {
            return new Extracted(FileResult.unreadable(FileNames.shown(file), e.getMessage()), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Extracted(FileResult.unreadable(FileNames.shown(file), "文件 " + FileNames.shown(file) + " 读取时出错（" + Failure.describe(e)
                    + "），未读取；请重新保存后提交；如仍出错，请把这个文件报告给 nianbao 的维护人员"), null);
        }
    }

    /** Why the command cannot run, or "" when it can. */
    private String usageProblem(InputFiles.Listing listing) {
        if (!listing.missing().isEmpty()) {
            return "找不到 " + String.join("、", listing.missing().stream().map(Path::toString).toList());
        }
        if (listing.files().isEmpty()) {
            return "在 " + String.join("、", inputs.stream().map(Path::toString).toList())
                    + " 中没有找到报告文件（.txt、.md、.html、.htm、.docx、.pdf）";
        }
        if (output != null && outDir != null) {
            return "-o 与 --out-dir 只能选一个";
        }
        if (output != null && listing.files().size() > 1) {
            return "-o 只能用于一份报告；多份报告请用 --out-dir 文件夹";
        }
        if (outDir != null) {
            return OutputFile.folder(outDir, "--out-dir").orElse("");
        }
        return output == null ? "" : OutputFile.extensionProblem(output, "-o", "xlsx")
                .or(() -> OutputFile.folderOf(output, "-o"))
                .or(() -> SafeOutput.refusal(output, force)).orElse("");
    }

    /** Writes the filled templates asked for; false when any could not be written (said on {@code err}). */
    private boolean writeTemplates(Iterable<Extraction> extractions, PrintWriter notes, PrintWriter err) {
        boolean ok = true;
        for (Extraction e : extractions) {
            Path target = output != null ? output : outDir != null ? outDir.resolve(stem(e.read().source()) + ".xlsx") : null;
            if (target != null) {
                ok &= writeTemplate(e.read(), target, notes, err);
            }
        }
        return ok;
    }

    private boolean writeTemplate(Return read, Path target, PrintWriter notes, PrintWriter err) {
        try {
            new TemplateWriter().write(target, force, filling(read));
            notes.println("已写出填好的模板：" + target);
            return true;
        } catch (OutputRefusedException | IOException | RuntimeException e) {
            err.println("错误：无法写出 " + target + "（" + Failure.describe(e) + "）");
            return false;
        }
    }

    /** The header and the input values read; totals stay the template's formulas. */
    static Filling filling(Return read) {
        Map<String, java.math.BigDecimal> inputs = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (f.isInput() && read.values().containsKey(f.key())) {
                inputs.put(f.key(), read.values().get(f.key()));
            }
        }
        return new Filling(read.meta(), inputs);
    }

    private static String stem(String source) {
        String name = Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
