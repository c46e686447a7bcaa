package nianbao.read.ooxml;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import nianbao.io.Failure;
import nianbao.model.CellAddress;
import nianbao.read.Book;
import nianbao.read.CellSet;
import nianbao.read.DefinedNames;
import nianbao.read.FileKind;
import nianbao.read.Grid;
import nianbao.read.Layout;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.read.formula.Formula;
import nianbao.read.zip.PackedPart;
import nianbao.read.zip.ZipParts;

/**
 * An .xlsx/.xlsm package read part by part with StAX: each part inflated and parsed at most once. The
 * workbook part is the one the package relationships name (any name, as Excel, LibreOffice and openpyxl
 * find it), its sheets and shared strings those its own relationships name.
 */
public final class OoxmlBook implements Book, Closeable {

    private static final String USUAL_MAIN_PART = "xl/workbook.xml";

    private final String file;
    private final ZipParts zip;
    private final LayoutCache cache;
    private final WorkbookPart workbook;
    private final WorkbookPart.Relations relations;
    private final Map<String, Grid> parsed = new HashMap<>();
    private Map<String, CellSet> wanted = Map.of();
    private Map<String, Set<String>> sums = Map.of();
    private SharedStrings sharedStrings;
    /** Cells kept so far from the sheets parsed, against {@link SheetPart#MAX_CELLS}. */
    private int cellsKept;

    private OoxmlBook(String file, ZipParts zip, LayoutCache cache, WorkbookPart workbook, WorkbookPart.Relations relations) {
        this.file = file;
        this.zip = zip;
        this.cache = cache;
        this.workbook = workbook;
        this.relations = relations;
    }

    /**
     * Reads the workbook part and its relationships, or takes them from {@code cache} when a package stored
     * its parts alike before (files of one template carry byte-identical parts); the caller closes {@code zip}.
     */
    public static OoxmlBook open(String file, ZipParts zip, LayoutCache cache) throws IOException, XMLStreamException,
            ZipParts.ZipLimitException, UnreadableException {
        String main = mainPart(zip, cache);
        WorkbookPart workbook = main == null ? null : workbook(zip, main, cache);
        if (workbook == null) {
            throw new UnreadableException(file + "：压缩包里没有 Excel 工作簿（" + FileKind.describeZip(zip) + "），请提交 .xlsx 或 .xls 报表");
        }
        int slash = main.lastIndexOf('/');
        String base = main.substring(0, slash + 1);
        return new OoxmlBook(file, zip, cache, workbook, relations(zip, base + "_rels/" + main.substring(slash + 1) + ".rels", base, cache));
    }

    /** A workbook part stored as {@code part}. */
    private record WorkbookKey(PackedPart part) implements LayoutCache.Key<WorkbookPart> {
        @Override
        public int hashCode() {
            return part.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WorkbookKey k && k.part.equals(part);
        }
    }

    /** The relationships part stored as {@code part}, its targets resolved against {@code base}. */
    private record RelationsKey(PackedPart part, String base) implements LayoutCache.Key<WorkbookPart.Relations> {
        @Override
        public int hashCode() {
            return part.hashCode() * 31 + base.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RelationsKey k && k.part.equals(part) && k.base.equals(base);
        }
    }

    /** The package relationships part stored as {@code part}: the main part it names, "" for none. */
    private record MainPartKey(PackedPart part) implements LayoutCache.Key<String> {
        @Override
        public int hashCode() {
            return part.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MainPartKey k && k.part.equals(part);
        }
    }

    /** The workbook part {@code main}, or null when it is not a workbook. */
    private static WorkbookPart workbook(ZipParts zip, String main, LayoutCache cache)
            throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        PackedPart packed = remembered(zip.packed(main));
        WorkbookPart known = packed == null ? null : cache.get(new WorkbookKey(packed));
        if (known != null) {
            return known;
        }
        byte[] xml = zip.read(main);
        WorkbookPart workbook = xml == null ? null : WorkbookPart.parse(xml);
        return workbook != null && packed != null ? cache.put(new WorkbookKey(packed.copy()), workbook) : workbook;
    }

    /** The targets of the workbook's relationships part. */
    private static WorkbookPart.Relations relations(ZipParts zip, String relsName, String base, LayoutCache cache)
            throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        PackedPart packed = remembered(zip.packed(relsName));
        WorkbookPart.Relations known = packed == null ? null : cache.get(new RelationsKey(packed, base));
        if (known != null) {
            return known;
        }
        WorkbookPart.Relations relations = WorkbookPart.relations(zip.read(relsName), base);
        return packed != null ? cache.put(new RelationsKey(packed.copy(), base), relations) : relations;
    }

    /**
     * The workbook part: the one the package relationships ({@code _rels/.rels}) name when the package has
     * it, else {@code xl/workbook.xml} when there is one.
     */
    private static String mainPart(ZipParts zip, LayoutCache cache) throws IOException, XMLStreamException, ZipParts.ZipLimitException {
        PackedPart packed = remembered(zip.packed("_rels/.rels"));
        String named = packed == null ? null : cache.get(new MainPartKey(packed));
        if (named == null) {
            byte[] rels = zip.read("_rels/.rels");
            named = rels == null ? "" : WorkbookPart.officeDocument(rels);
            if (packed != null) {
                cache.put(new MainPartKey(packed.copy()), named);
            }
        }
        return !named.isEmpty() && zip.has(named) ? named : zip.has(USUAL_MAIN_PART) ? USUAL_MAIN_PART : null;
    }

    /** The part when it may be remembered (stored in at most {@link LayoutCache#MAX_PART_BYTES}), else null. */
    private static PackedPart remembered(PackedPart part) {
        return part != null && part.length() <= LayoutCache.MAX_PART_BYTES ? part : null;
    }

    @Override
    public List<String> sheetNames() {
        return workbook.sheets().entrySet().stream()
                .filter(e -> relations.worksheets().containsKey(e.getValue())).map(Map.Entry::getKey).toList();
    }

    @Override
    public DefinedNames names() {
        return workbook.names();
    }

    @Override
    public void want(Layout layout) {
        Layout.Wanted w = layout.wanted();
        if (w != null) {
            wanted = w.cells();
            sums = w.sums();
        }
    }

    /** The part name of a worksheet, or null when the workbook has no worksheet of that name. */
    public String sheetTarget(String name) {
        return relations.worksheets().get(workbook.sheets().get(name));
    }

    /** A part's inflated bytes as a stream under the package's limits, or null when it has none; the caller closes it. */
    public InputStream partStream(String name) throws IOException {
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
        Optional<Formula> formula = Formula.parse(text, sheet, this::named, cache);
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
        return workbook.names().cell(name);
    }

    private UnreadableException damaged(String sheet, Exception e) {
        return new UnreadableException(file + "：工作表「" + sheet + "」无法解析（" + Failure.describe(e) + "），文件可能已损坏；" + ReturnReader.RESAVE, e);
    }

    private UnreadableException limit(ZipParts.ZipLimitException e) {
        return new UnreadableException(file + "：" + e.getMessage(), e);
    }

    /** The shared string at {@code index}, "" when there is none; a part that cannot be read throws {@link UncheckedReadException}. */
    public String sharedString(int index) {
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
