package nianbao.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.model.Return;

/**
 * Writes a report for a clerk: per file a status line and its findings in Chinese, then the summary line;
 * names and texts from the files shown through {@link TerminalText}, so that none fakes a line.
 */
public final class TextReport {

    /** Where a finding about no cell in particular is shown to be. */
    static final String WHOLE_REPORT = "（整份报表）";
    /** What a note on a published report's layout is called, beside findings' 错误/警告/提示. */
    public static final String NOTE = "说明";

    private TextReport() {
    }

    /** The report of returns read from workbooks: each finding on its own line, at its cell. */
    public static void write(Report report, PrintWriter out) {
        write(report, file -> true, out, file -> file.findings().stream().map(TextReport::findingLine).toList());
    }

    /** {@link #write(Report, PrintWriter)} listing only the files with a problem (invalid, unreadable); the summary counts all. */
    public static void writeProblems(Report report, PrintWriter out) {
        write(report, file -> file.status() == FileStatus.INVALID || file.status() == FileStatus.UNREADABLE, out,
                file -> file.findings().stream().map(TextReport::findingLine).toList());
    }

    /**
     * The report of published reports, which have printed places instead of cells: each finding at its
     * printed place, and the findings of one problem on one printed row on one line listing the columns.
     */
    public static void writePrinted(Report report, PrintWriter out) {
        writePrinted(report, file -> List.of(), out);
    }

    /**
     * {@link #writePrinted(Report, PrintWriter)}, each file's notes on how its report departs from the
     * official layout under its findings ({@code 说明  …}).
     */
    public static void writePrinted(Report report, Function<FileResult, List<String>> notes, PrintWriter out) {
        write(report, file -> true, out, file -> {
            List<String> lines = new ArrayList<>(PrintedFindings.lines(file.findings()));
            notes.apply(file).forEach(n -> lines.add(NOTE + "  " + n));
            return lines;
        });
    }

    private static void write(Report report, Predicate<FileResult> shown, PrintWriter out, Function<FileResult, List<String>> lines) {
        for (FileResult file : report.files().stream().filter(shown).toList()) {
            out.println(TerminalText.of(statusLine(file)));
            for (String line : lines.apply(file)) {
                out.println(TerminalText.of("    " + line));
            }
        }
        out.println(summaryLine(report));
        out.flush();
    }

    /** ✓ path  agency  year, or ✗ path  无法读取：reason. */
    static String statusLine(FileResult file) {
        String mark = switch (file.status()) {
            case OK -> "✓";
            case INVALID, UNREADABLE -> "✗";
            case DUPLICATE, SKIPPED -> "–";
        };
        String line = mark + " " + file.file();
        if (file.read() != null) {
            line += "  " + agency(file.read()) + "  " + year(file.read());
        }
        if (file.status() != FileStatus.OK && file.status() != FileStatus.INVALID) {
            line += "  " + file.status().chinese() + (file.reason().isEmpty() ? "" : "：" + FileResult.reasonBeside(file.file(), file.reason()));
        }
        return line;
    }

    /** 错误  '年报数据'!J24  message. */
    public static String findingLine(Finding f) {
        return f.severity().chinese() + "  " + f.findCell().map(Object::toString).orElse(WHOLE_REPORT) + "  " + f.message();
    }

    /** N 份报表：通过 a，有误 b，无法读取 c (and the further counts, when any). */
    public static String summaryLine(Report report) {
        return report.files().size() + " 份报表："
                + report.summary().stream().map(s -> s.chinese() + " " + s.count()).collect(Collectors.joining("，"));
    }

    private static String agency(Return r) {
        return r.agency().isEmpty() ? "（未填填报单位）" : r.agency();
    }

    private static String year(Return r) {
        return r.year().isPresent() ? r.year().getAsInt() + " 年" : "（未填年度）";
    }
}
