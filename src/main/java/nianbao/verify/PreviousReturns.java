package nianbao.verify;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nianbao.form.Labels;
import nianbao.io.FileNames;
import nianbao.io.InputFiles;
import nianbao.form.MetaKey;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.UnreadableException;

/**
 * Last year's returns, indexed to find the one matching a return of this year: by 统一社会信用代码
 * when both carry one, else by the agency's name (spaces, width and brackets folded).
 */
public final class PreviousReturns {

    /** No previous year given: nothing ever matches. */
    public static final PreviousReturns NONE = of(List.of());

    private final Map<String, Return> byCode = new LinkedHashMap<>();
    private final Map<String, Return> byName = new LinkedHashMap<>();
    private final Map<Integer, List<String>> sourcesByYear = new TreeMap<>();
    private final int size;

    private PreviousReturns(Collection<Return> returns) {
        for (Return r : returns) {
            creditCode(r).ifPresent(code -> byCode.putIfAbsent(code, r));
            name(r).ifPresent(name -> byName.putIfAbsent(name, r));
            r.year().ifPresent(y -> sourcesByYear.computeIfAbsent(y, k -> new ArrayList<>()).add(r.source()));
        }
        size = returns.size();
    }

    /**
     * Last year's returns found under the {@code --previous} arguments, and why any could not be read.
     *
     * @param returns the index, one return per agency
     * @param totals the one file given, read as a return (a consolidated workbook by its 汇总), when exactly
     *        one was given and could be read: the base of the year-over-year comparison
     * @param problems one Chinese line per file that could not be read or found
     */
    public record Loaded(PreviousReturns returns, Optional<Return> totals, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Reads one workbook into a return ({@code new ReturnReader()::read}). */
    @FunctionalInterface
    public interface Reader {
        Return read(Path file) throws UnreadableException;
    }

    /**
     * Reads every workbook under the arguments, once: a consolidated workbook by its 明细 sheet (one return per
     * agency), any other as a return; the only way last year is loaded, for every job.
     */
    public static Loaded load(List<Path> arguments, Reader reader) {
        if (arguments.isEmpty()) {
            return new Loaded(NONE, Optional.empty(), List.of());
        }
        InputFiles.Listing listing = InputFiles.workbooks(arguments);
        List<Return> returns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        listing.missing().forEach(p -> problems.add("找不到上年报表 " + p));
        listing.skipped().forEach(s -> problems.add(s.file() + "：" + s.reason()));
        List<Return> totals = new ArrayList<>();
        for (Path file : listing.files()) {
            String problem = MemoryGate.run(() -> load(file, reader, returns, listing.files().size() == 1 ? totals : null),
                    () -> FileNames.shown(file) + "：文件太大，读取时内存不足，未读取");
            if (!problem.isEmpty()) {
                problems.add(problem);
            }
        }
        return new Loaded(of(returns), totals.stream().findFirst(), problems);
    }

    /** Adds the returns of one file of last year, and to {@code totals} (when given) the file read as a return; "" or why it could not be read. */
    private static String load(Path file, Reader reader, List<Return> returns, List<Return> totals) {
        try {
            Optional<List<Return>> detail = detailSheet(file);
            if (detail.isPresent()) {
                returns.addAll(detail.get());
                if (totals != null) {
                    totals(file, reader).ifPresent(totals::add);
                }
                return "";
            }
            Return whole = reader.read(file);
            returns.add(whole);
            if (totals != null) {
                totals.add(whole);
            }
            return "";
        } catch (UnreadableException e) {
            return e.getMessage();
        }
    }

    /**
     * The 汇总 of a consolidated workbook whose 明细 was read, as a return: the base of the year-over-year
     * sheet, which is left out when the 汇总 cannot be read (its agencies were compared already).
     */
    private static Optional<Return> totals(Path file, Reader reader) {
        try {
            return Optional.of(reader.read(file));
        } catch (UnreadableException e) {
            return Optional.empty();
        }
    }

    /**
     * The 明细 sheet of a consolidated workbook, or empty for any other file: one that cannot be opened is left
     * to the reader, whose message says what is wrong with it in Chinese.
     */
    private static Optional<List<Return>> detailSheet(Path file) {
        try {
            return DetailSheet.read(file);
        } catch (UnreadableException notForPoi) {
            return Optional.empty();
        }
    }

    /** Indexes the returns; when two share a code or a name, the first one is kept. */
    public static PreviousReturns of(Collection<Return> returns) {
        return new PreviousReturns(returns);
    }

    /** How many returns were indexed. */
    public int size() {
        return size;
    }

    /**
     * Why these cannot be last year's returns of a run over {@code years}: some state one of those years
     * (a Chinese refusal naming them), or empty when none does.
     */
    public Optional<String> sameYear(Collection<Integer> years) {
        for (Map.Entry<Integer, List<String>> e : sourcesByYear.entrySet()) {
            if (years.contains(e.getKey())) {
                List<String> files = e.getValue();
                return Optional.of("--previous 给出的报表（" + files.get(0) + (files.size() > 1 ? " 等 " + files.size() + " 份" : "")
                        + "）是 " + e.getKey() + " 年度的，与本次报表的年度相同，无法做跨年度核对；--previous 应给上一年度（"
                        + (e.getKey() - 1) + " 年度）的报表或汇总表");
            }
        }
        return Optional.empty();
    }

    /** The previous return of the same agency: by credit code first, else by name. */
    public Optional<Return> find(Return current) {
        Optional<Return> byCredit = creditCode(current).map(byCode::get);
        if (byCredit.isPresent()) {
            return byCredit;
        }
        // A name matches only when the two do not carry different codes (two agencies, one name).
        return name(current).map(byName::get)
                .filter(previous -> creditCode(previous).isEmpty() || creditCode(current).isEmpty());
    }

    /** The cross-year findings of a return: none when last year's return of its agency is not known. */
    public List<Finding> compare(Return current) {
        if (size == 0) {
            return List.of();
        }
        return find(current).map(previous -> CrossYear.compare(current, previous)).orElse(List.of());
    }

    private static Optional<String> creditCode(Return r) {
        return r.findMeta(MetaKey.CREDIT_CODE)
                .map(c -> Normalizer.normalize(c, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty());
    }

    private static Optional<String> name(Return r) {
        return Optional.of(Labels.normalize(r.agency())).filter(n -> !n.isEmpty());
    }
}
