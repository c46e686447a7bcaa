package nianbao.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import nianbao.io.Failure;
import nianbao.model.CellAddress;

/**
 * An .xlsx/.xlsm package read part by part with StAX: each part inflated and parsed at most once. The
 * workbook part is the one the package relationships name (any name, as Excel, LibreOffice and openpyxl
 * find it), its sheets and shared strings those its own relationships name.
 */
final class OoxmlBook implements Book, Closeable {

    private static final PackedPart.Memo<WorkbookPart> WORKBOOKS = new PackedPart.Memo<>();
    private static final PackedPart.Memo<WorkbookPart.Relations> RELATIONS = new PackedPart.Memo<>();
    private static final PackedPart.Memo<String> MAIN_PARTS = new PackedPart.Memo<>();
    private static final String USUAL_MAIN_PART = "xl/workbook.xml";
    private static volatile Wanted lastWanted;

    private final String file;
    private final ZipParts zip;
    private final WorkbookPart workbook;
    private final WorkbookPart.Relations relations;
    private final Map<String, Grid> parsed = new HashMap<>();
    private Map<String, CellSet> wanted = Map.of();
    private Map<String, Set<String>> sums = Map.of();
    private SharedStrings sharedStrings;
    /** Cells kept so far from the sheets parsed, against {@link SheetPart#MAX_CELLS}. */
    private int cellsKept;

    private OoxmlBook(String file, ZipParts zip, WorkbookPart workbook, WorkbookPart.Relations relations) {
        this.file = file;
        this.zip = zip;
        this.workbook = workbook;
        this.relations = relations;
    }

    /** Reads the workbook part and its relationships; the caller closes {@code zip}. */
    static OoxmlBook open(String file, ZipParts zip) throws IOException, XMLStreamException, ZipParts.ZipLimitException,
            UnreadableException {
        String main = mainPart(zip);
        PackedPart packed = main == null ? null : zip.packed(main);
        WorkbookPart workbook = WORKBOOKS.get(packed);
        if (workbook == null && main != null) {
            byte[] xml = zip.read(main);
            workbook = xml == null ? null : WorkbookPart.parse(xml);
            if (workbook != null) {
                WORKBOOKS.put(packed, workbook);
            }
        }
        if (workbook == null) {
            throw new UnreadableException(file + "：压缩包里没有 Excel 工作簿（" + FileKind.describeZip(zip) + "），请提交 .xlsx 或 .xls 报表");
        }
        int slash = main.lastIndexOf('/');
        String base = main.substring(0, slash + 1);
        return new OoxmlBook(file, zip, workbook, relations(zip, base + "_rels/" + main.substring(slash + 1) + ".rels", base));
    }

    /** The targets of the workbook's relationships part, remembered by its stored bytes. */
    private static WorkbookPart.Relations relations(ZipParts zip, String relsName, String base)
            throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        PackedPart packed = zip.packed(relsName);
        WorkbookPart.Relations known = RELATIONS.get(packed);
        if (known != null && known.base().equals(base)) {
            return known;
        }
        byte[] rels = zip.read(relsName);
        WorkbookPart.Relations relations = WorkbookPart.relations(rels, base);
        RELATIONS.put(packed, relations);
        return relations;
    }

    /**
     * The workbook part: the one the package relationships ({@code _rels/.rels}) name when the package has
     * it, else {@code xl/workbook.xml} when there is one; remembered by the relationships' stored bytes.
     */
    private static String mainPart(ZipParts zip) throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        PackedPart packed = zip.packed("_rels/.rels");
        String named = MAIN_PARTS.get(packed);
        if (named == null) {
            byte[] rels = zip.read("_rels/.rels");
            named = rels == null ? "" : WorkbookPart.officeDocument(rels);
            MAIN_PARTS.put(packed, named);
        }
        return !named.isEmpty() && zip.has(named) ? named : zip.has(USUAL_MAIN_PART) ? USUAL_MAIN_PART : null;
    }

    @Override
    public List<String> sheetNames() {
        return workbook.sheets().entrySet().stream()
                .filter(e -> relations.worksheets().containsKey(e.getValue())).map(Map.Entry::getKey).toList();
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

    /** The part name of a worksheet, or null when the workbook has no worksheet of that name. */
    String sheetTarget(String name) {
        return relations.worksheets().get(workbook.sheets().get(name));
    }

    /** A part's inflated bytes as a stream under the package's limits, or null when it has none; the caller closes it. */
    InputStream partStream(String name) throws IOException {
        return zip.stream(name);
    }

    @Override
    public Optional<Grid> sheet(String name) throws UnreadableException {
        Grid grid = parsed.get(name);
        if (grid == null) {
            String target = sheetTarget(name);
            if (target == null) {
                return Optional.empty();
            }
            grid = parse(name, target);
            parsed.put(name, grid);
        }
        return Optional.of(grid);
    }

    /**
     * Parses a sheet for the first time: only the wanted cells when their formulas stay within them; a
     * part too large to hold in memory streamed.
     */
    private Grid parse(String name, String target) throws UnreadableException {
        try {
            if (!zip.has(target)) {
                throw new UnreadableException(file + "：工作表「" + name + "」的内容缺失，文件已损坏；" + ReturnReader.RESAVE);
            }
            CellSet cells = wanted.get(name);
            Grid grid = parse(name, target, cells);
            if (cells != null && !formulasWithin(grid, cells)) {
                grid = parse(name, target, null);
            }
            cellsKept += grid.count();
            return grid;
        } catch (SheetPart.TooManyCells e) {
            throw new UnreadableException(file + "：工作表「" + e.sheet() + "」中有内容的单元格超过 " + SheetPart.MAX_CELLS
                    + " 个（读取上限），不像是一份年报；请删除多余的行、列或工作表后重新保存，再提交", e);
        } catch (UncheckedReadException e) {
            throw e.getCause() instanceof ZipParts.ZipLimitException z ? limit(z) : damaged(name, (Exception) e.getCause());
        } catch (XMLStreamException | IOException e) {
            ZipParts.LimitReached reached = limitReached(e);
            throw reached != null ? limit(reached.limit()) : damaged(name, e);
        } catch (IllegalArgumentException e) {
            throw damaged(name, e);
        } catch (ZipParts.ZipLimitException e) {
            throw limit(e);
        }
    }

    /** One pass over a sheet part: from its bytes when it is small enough to hold, else streamed. */
    private Grid parse(String name, String target, CellSet cells)
            throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        int room = SheetPart.MAX_CELLS - cellsKept;
        if (zip.declaredSize(target) <= ZipParts.MAX_IN_MEMORY_PART_BYTES) {
            byte[] xml = zip.read(target);
            return xml == null ? new Grid(name) : SheetPart.parse(xml, name, this::sharedString, cells, room);
        }
        try (InputStream in = zip.stream(target)) {
            return in == null ? new Grid(name) : SheetPart.stream(in, name, this::sharedString, cells, room);
        }
    }

    /** The limit reached while a part was streamed, when that is what stopped the parse. */
    private static ZipParts.LimitReached limitReached(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ZipParts.LimitReached reached) {
                return reached;
            }
        }
        return null;
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
        return new UnreadableException(file + "：工作表「" + sheet + "」无法解析（" + Failure.describe(e) + "），文件可能已损坏；" + ReturnReader.RESAVE, e);
    }

    private UnreadableException limit(ZipParts.ZipLimitException e) {
        return new UnreadableException(file + "：" + e.getMessage(), e);
    }

    /** The shared string at {@code index}, "" when there is none; a part that cannot be read throws {@link UncheckedReadException}. */
    String sharedString(int index) {
        if (sharedStrings == null) {
            try {
                byte[] xml = zip.read(relations.sharedStrings());
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
