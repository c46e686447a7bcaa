package nianbao.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import nianbao.model.CellAddress;

/** An .xlsx/.xlsm package read part by part with StAX: each part inflated and parsed at most once. */
final class OoxmlBook implements Book, Closeable {

    private static final PackedPart.Memo<WorkbookPart> WORKBOOKS = new PackedPart.Memo<>();
    private static final PackedPart.Memo<Targets> TARGETS = new PackedPart.Memo<>();
    private static volatile Wanted lastWanted;

    private final String file;
    private final ZipParts zip;
    private final WorkbookPart workbook;
    private final Map<String, String> targets;
    private final String sharedStringsPart;
    private final Map<String, Grid> parsed = new HashMap<>();
    private Map<String, CellSet> wanted = Map.of();
    private Map<String, Set<String>> sums = Map.of();
    private SharedStrings sharedStrings;

    private OoxmlBook(String file, ZipParts zip, WorkbookPart workbook, Map<String, String> targets, String base) {
        this.file = file;
        this.zip = zip;
        this.workbook = workbook;
        this.targets = targets;
        this.sharedStringsPart = base + "sharedStrings.xml";
    }

    /** Reads the workbook part and its relationships; the caller closes {@code zip}. */
    static OoxmlBook open(String file, ZipParts zip) throws IOException, XMLStreamException, ZipParts.ZipLimitException,
            UnreadableException {
        String main = mainPart(zip);
        PackedPart packed = main == null ? null : zip.packed(main);
        WorkbookPart known = WORKBOOKS.get(packed);
        byte[] xml = main == null || known != null ? null : zip.read(main);
        if (known == null && xml == null) {
            throw new UnreadableException(file + "：压缩包里没有 Excel 工作簿（" + FileKind.describeZip(zip) + "），请提交 .xlsx 或 .xls 报表");
        }
        String base = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
        Map<String, String> targets = targets(zip, base + "_rels/" + main.substring(base.length()) + ".rels", base);
        WorkbookPart workbook = known;
        if (workbook == null) {
            workbook = WorkbookPart.parse(xml);
            WORKBOOKS.put(packed, workbook);
        }
        return new OoxmlBook(file, zip, workbook, targets, base);
    }

    /** The worksheet targets of the workbook's relationships part, remembered by its stored bytes. */
    private static Map<String, String> targets(ZipParts zip, String relsName, String base)
            throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        PackedPart packed = zip.packed(relsName);
        Targets known = TARGETS.get(packed);
        if (known != null && known.base().equals(base)) {
            return known.targets();
        }
        byte[] rels = zip.read(relsName);
        Map<String, String> targets = rels == null ? Map.of() : Collections.unmodifiableMap(WorkbookPart.worksheetTargets(rels, base));
        TARGETS.put(packed, new Targets(base, targets));
        return targets;
    }

    /** Worksheet targets resolved against a base folder. */
    private record Targets(String base, Map<String, String> targets) {
    }

    private static String mainPart(ZipParts zip) throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        if (zip.has("xl/workbook.xml")) {
            return "xl/workbook.xml";
        }
        byte[] rels = zip.read("_rels/.rels");
        String main = rels == null ? null : WorkbookPart.officeDocument(rels);
        return main != null && zip.has(main) && main.matches("(?i).*workbook\\.xml") ? main : null;
    }

    @Override
    public List<String> sheetNames() {
        return workbook.sheets().entrySet().stream()
                .filter(e -> targets.containsKey(e.getValue())).map(Map.Entry::getKey).toList();
    }

    @Override
    public Map<String, String> names() {
        return workbook.names();
    }

    @Override
    public Set<String> repeatedNames() {
        return workbook.repeated();
    }

    @Override
    public void want(Layout layout) {
        Wanted last = lastWanted;
        if (last == null || last.layout() != layout) {
            last = Wanted.of(layout);
            lastWanted = last;
        }
        wanted = last.cells();
        sums = last.sums();
    }

    /**
     * The cells a layout wants, by sheet, and its template formula texts by sheet (their cells are all
     * wanted); worked out once for the files that share a layout.
     */
    private record Wanted(Layout layout, Map<String, CellSet> cells, Map<String, Set<String>> sums) {
        static Wanted of(Layout layout) {
            List<CellAddress> cells = new ArrayList<>(layout.cells().values());
            cells.addAll(layout.metaCells().values());
            Map<String, Set<String>> sums = new HashMap<>();
            for (Map.Entry<String, String> sum : layout.sums().entrySet()) {
                sums.computeIfAbsent(layout.cells().get(sum.getKey()).sheet(), s -> new HashSet<>()).add(sum.getValue());
            }
            return new Wanted(layout, CellSet.bySheet(cells), sums);
        }
    }

    @Override
    public Optional<Grid> sheet(String name) throws UnreadableException {
        Grid grid = parsed.get(name);
        if (grid == null) {
            String target = targets.get(workbook.sheets().get(name));
            if (target == null) {
                return Optional.empty();
            }
            grid = parse(name, target);
            parsed.put(name, grid);
        }
        return Optional.of(grid);
    }

    /** Parses a sheet for the first time: only the wanted cells when their formulas stay within them. */
    private Grid parse(String name, String target) throws UnreadableException {
        try {
            byte[] xml = zip.read(target);
            if (xml == null) {
                throw new UnreadableException(file + "：工作表「" + name + "」的内容缺失，文件已损坏");
            }
            CellSet cells = wanted.get(name);
            Grid grid = SheetPart.parse(xml, name, this::sharedString, cells);
            if (cells != null && !formulasWithin(grid, cells)) {
                grid = SheetPart.parse(xml, name, this::sharedString);
            }
            return grid;
        } catch (UncheckedReadException e) {
            throw e.getCause() instanceof ZipParts.ZipLimitException z ? bomb(z) : damaged(name, e);
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            throw damaged(name, e);
        } catch (ZipParts.ZipLimitException e) {
            throw bomb(e);
        }
    }

    /** True when every formula kept refers only to cells kept (or to cells of other sheets). */
    private boolean formulasWithin(Grid grid, CellSet cells) {
        for (int i = 0; i < grid.count(); i++) {
            RawCell cell = grid.cellAt(i);
            if (cell.hasFormula() && !within(cell.formula(), grid.name(), cells)) {
                return false;
            }
        }
        return true;
    }

    private boolean within(String text, String sheet, CellSet cells) {
        Set<String> templateSums = sums.get(sheet);
        if (templateSums != null && templateSums.contains(text)) {
            return true;
        }
        Optional<Formula> formula = Formula.parse(text, sheet, this::named);
        if (formula.isEmpty()) {
            return true;
        }
        for (Formula.Term term : formula.get().terms()) {
            CellAddress c = term.cell();
            if (c.sheet().equals(sheet) && !cells.contains(c.row(), c.column())) {
                return false;
            }
        }
        return true;
    }

    private Optional<CellAddress> named(String name) {
        return NamedLayout.cell(names().get(name));
    }

    private UnreadableException damaged(String sheet, Exception e) {
        return new UnreadableException(file + "：工作表「" + sheet + "」无法解析（" + FileKind.reason(e) + "），文件可能已损坏", e);
    }

    private UnreadableException bomb(ZipParts.ZipLimitException e) {
        return new UnreadableException(file + "：疑似压缩炸弹，已拒绝读取（" + e.getMessage() + "）", e);
    }

    private String sharedString(int index) {
        if (sharedStrings == null) {
            try {
                byte[] xml = zip.read(sharedStringsPart);
                sharedStrings = SharedStrings.of(xml);
            } catch (IOException | XMLStreamException | ZipParts.ZipLimitException e) {
                throw new UncheckedReadException(e);
            }
        }
        return sharedStrings.get(index);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Carries a failure out of the shared-strings lookup, which runs inside the sheet parse. */
    static final class UncheckedReadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedReadException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
