package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.form.ConsolidatedLayout;
import nianbao.io.Failure;
import nianbao.model.Return;
import nianbao.read.ooxml.OoxmlBook;
import nianbao.read.ooxml.SheetPart;
import nianbao.read.xls.HssfBook;
import nianbao.read.zip.SecureXml;
import nianbao.read.zip.ZipParts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the 明细 sheet of a consolidated workbook row by row into one return per agency row, without
 * holding the sheet (a province's 明细 lists tens of thousands of agencies): the row of form keys names
 * each column's key, the Chinese headers above it the agency, credit code, year, filing date, file and
 * source columns ({@link DetailColumns}).
 */
public final class DetailRows {


    /**
     * One agency row.
     *
     * @param row the row's number as the sheet shows it (from 1)
     * @param values its return: the meta fields its columns hold and every key it has a number for; the
     *     source names the workbook and the row, each value's cell is on {@link ConsolidatedLayout#DETAIL}
     * @param file the file its 文件 column names, or ""
     * @param source what its 来源 column says (the sub-summary the file came through), or ""
     */
    public record Row(int row, Return values, String file, String source) {
    }

    /** Takes the agency rows in sheet order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Row row) throws IOException;
    }

    private final String source;
    private final Sink sink;
    private final List<String[]> head = new ArrayList<>();
    private DetailColumns columns;
    private String[] texts = new String[64];
    private boolean[] numbers = new boolean[64];
    private int width;
    private int row = -1;

    private DetailRows(String source, Sink sink) {
        this.source = source;
        this.sink = sink;
    }

    /**
     * Hands the agency rows of the 明细 sheet of {@code file} to {@code sink}, in order; a row with no
     * number under any key is passed over.
     *
     * @param content the file's bytes as just read, or null to read it from disk
     * @return false when the workbook has no sheet 明细 with a row of keys, as a consolidated workbook's has
     *     (then {@code sink} was never called)
     * @throws UnreadableException when the sheet cannot be read; the message is Chinese
     * @throws IOException only what {@code sink} throws
     */
    public static boolean read(Path file, byte[] content, Sink sink) throws UnreadableException, IOException {
        DetailRows rows = new DetailRows(file.toString(), sink);
        try {
            boolean found = kind(file, content) == FileKind.OLE2 ? rows.ole2(file) : rows.ooxml(file, content);
            return found && rows.end();
        } catch (SinkFailure e) {
            throw e.rethrown();
        }
    }

    private static FileKind kind(Path file, byte[] content) throws UnreadableException {
        try {
            return content != null ? FileKind.of(Arrays.copyOf(content, Math.min(content.length, 512))) : FileKind.of(file);
        } catch (IOException e) {
            throw new UnreadableException(file + "：无法打开文件（不存在、权限不足或被其他程序占用）", e);
        }
    }

    private boolean ooxml(Path file, byte[] content) throws UnreadableException {
        try (ZipParts zip = content != null ? ZipParts.open(file, content) : ZipParts.open(file)) {
            OoxmlBook book = OoxmlBook.open(source, zip, new LayoutCache());
            String target = book.sheetTarget(ConsolidatedLayout.DETAIL);
            if (target == null) {
                return false;
            }
            try (InputStream xml = book.partStream(target)) {
                if (xml == null) {
                    throw unreadable("工作表内容缺失", null);
                }
                stream(xml, book);
            }
            return true;
        } catch (SinkFailure e) {
            throw e;
        } catch (IOException | ZipParts.ZipLimitException | XMLStreamException | RuntimeException e) {
            throw unreadable(Failure.describe(e), e);
        }
    }

    /** The cells of the part, row by row, through StAX (the part is ours or a spreadsheet program's: rarely read, never hot). */
    private void stream(InputStream xml, OoxmlBook book) throws XMLStreamException {
        XMLStreamReader r = SecureXml.open(xml);
        try {
            int column = -1;
            while (r.hasNext()) {
                if (SecureXml.next(r) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("row")) {
                    String n = r.getAttributeValue(null, "r");
                    startRow(n == null ? row + 1 : Integer.parseInt(n.strip()) - 1);
                    column = -1;
                } else if (r.getLocalName().equals("c")) {
                    column = column(r.getAttributeValue(null, "r"), column);
                    cell(r, column, book);
                }
            }
        } finally {
            r.close();
        }
    }

    /** The column of a cell whose reference is {@code ref} (null: the one after {@code before}). */
    private static int column(String ref, int before) throws XMLStreamException {
        if (ref == null) {
            return before + 1;
        }
        long key = SheetPart.position(ref, 0);
        if (key < 0) {
            throw new XMLStreamException("not a cell reference: " + ref);
        }
        return Grid.column(key);
    }

    /** One {@code <c>} element: its stored value, or its inline text; a formula's text is not wanted. */
    private void cell(XMLStreamReader r, int column, OoxmlBook book) throws XMLStreamException {
        String type = r.getAttributeValue(null, "t");
        String value = null;
        StringBuilder inline = null;
        for (int depth = 1; depth > 0 && r.hasNext(); ) {
            int event = SecureXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("v")) {
                    value = r.getElementText();
                    depth--;
                } else if (r.getLocalName().equals("t")) {
                    inline = (inline == null ? new StringBuilder() : inline).append(r.getElementText());
                    depth--;
                } else if (r.getLocalName().equals("rPh") || r.getLocalName().equals("f")) {
                    SecureXml.skipElement(r);
                    depth--;
                }
            }
        }
        String t = type == null ? "n" : type;
        if (inline != null && t.equals("inlineStr")) {
            put(column, inline.toString(), false);
        } else if (value != null) {
            switch (t) {
                case "s" -> put(column, sharedString(book, value), false);
                case "str", "d", "inlineStr" -> put(column, value, false);
                case "n" -> put(column, value.strip(), true);
                default -> { }
            }
        }
    }

    private static String sharedString(OoxmlBook book, String index) {
        try {
            return book.sharedString(Integer.parseInt(index.strip()));
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** A legacy .xls: POI HSSF reads it whole (its sheets hold at most 65,536 rows), then its rows are walked. */
    private boolean ole2(Path file) throws UnreadableException {
        Book book;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            book = HssfBook.read(source, fs.getRoot());
        } catch (IOException | RuntimeException e) {
            throw unreadable(Failure.describe(e), e);
        }
        Grid grid = book.sheet(ConsolidatedLayout.DETAIL).orElse(null);
        if (grid == null) {
            return false;
        }
        Integer[] sorted = new Integer[grid.count()];
        Arrays.setAll(sorted, i -> i);
        Arrays.sort(sorted, (a, b) -> Long.compare(grid.keyAt(a), grid.keyAt(b)));
        for (int i = 0; i < sorted.length; i++) {
            long key = grid.keyAt(sorted[i]);
            if (Grid.row(key) != row) {
                startRow(Grid.row(key));
            }
            RawCell c = grid.cellAt(sorted[i]);
            if (c.kind() == RawCell.Kind.NUMBER || c.kind() == RawCell.Kind.TEXT) {
                put(Grid.column(key), c.text(), c.kind() == RawCell.Kind.NUMBER);
            }
        }
        return true;
    }

    /** Ends the row before and starts row {@code next} (from 0). */
    private void startRow(int next) {
        endRow();
        row = next;
    }

    private void put(int column, String text, boolean number) {
        if (column >= texts.length) {
            int size = Math.max(column + 1, texts.length * 2);
            texts = Arrays.copyOf(texts, size);
            numbers = Arrays.copyOf(numbers, size);
        }
        texts[column] = text;
        numbers[column] = number;
        width = Math.max(width, column + 1);
    }

    /** The row's cells go to the header or, once the row of keys is known, become an agency row. */
    private void endRow() {
        if (row < 0) {
            return;
        }
        if (columns != null) {
            agencyRow();
        } else if (DetailColumns.isKeyRow(texts, width)) {
            columns = DetailColumns.of(head, Arrays.copyOf(texts, width));
            head.clear();
        } else if (head.size() < DetailColumns.HEAD_ROWS) {
            head.add(Arrays.copyOf(texts, width));
        }
        Arrays.fill(texts, 0, width, null);
        width = 0;
    }

    private void agencyRow() {
        Return values = columns.toReturn(source + "（" + ConsolidatedLayout.DETAIL + "第 " + (row + 1) + " 行）", ConsolidatedLayout.DETAIL,
                row, texts, numbers, width);
        if (values.values().isEmpty()) {
            return;
        }
        try {
            sink.accept(new Row(row + 1, values, columns.file(texts, width), columns.source(texts, width)));
        } catch (IOException | RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** Ends the last row; false when no row of keys was found. */
    private boolean end() {
        endRow();
        row = -1;
        return columns != null;
    }

    private UnreadableException unreadable(String why, Exception cause) {
        return new UnreadableException(source + "：「" + ConsolidatedLayout.DETAIL + "」工作表无法读取（" + why + "）", cause);
    }

    /** Carries the sink's own failure out of the parse, to be thrown as it was, never taken for the file's. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(Exception cause) {
            super(cause);
        }

        /** The sink's IOException, to be thrown; a RuntimeException of the sink is thrown from here. */
        IOException rethrown() {
            if (getCause() instanceof RuntimeException r) {
                throw r;
            }
            return (IOException) getCause();
        }
    }
}
