package nianbao.read.xls;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nianbao.io.Failure;
import nianbao.read.Book;
import nianbao.read.DefinedNames;
import nianbao.read.Grid;
import nianbao.read.RawCell;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A legacy .xls workbook read whole through POI HSSF into the reader's own {@link Grid}s, once a pass over
 * its records' headers has found it within the reader's limits (HSSF holds every cell, formatted blank
 * ones too, in memory).
 */
public final class HssfBook implements Book {

    /** The most cells (blank ones included) and rows an .xls may hold to be read: about 100 MB in HSSF. */
    public static final long MAX_RECORDS = 1_000_000;

    private static final int BLANK = 0x0201;
    private static final int MULBLANK = 0x00BE;
    private static final int MULRK = 0x00BD;
    private static final Set<Integer> ONE_EACH = Set.of(0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6,
            0x0205, 0x0006, BLANK, 0x0208);

    private final Map<String, Grid> sheets = new LinkedHashMap<>();
    private DefinedNames names;

    private HssfBook() {
    }

    /** Reads the workbook stream of an OLE2 file; {@code root} must hold "Workbook" or "Book". */
    public static HssfBook read(String file, DirectoryNode root) throws UnreadableException {
        checkSize(file, root);
        try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
            HssfBook book = new HssfBook();
            for (Sheet sheet : wb) {
                book.sheets.put(sheet.getSheetName(), grid(sheet));
            }
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> repeated = new HashSet<>();
            Set<String> local = new HashSet<>();
            for (Name name : wb.getAllNames()) {
                if (name.getSheetIndex() >= 0) {
                    local.add(name.getNameName());
                } else if (!name.isFunctionName() && names.putIfAbsent(name.getNameName(), refersTo(name)) != null) {
                    repeated.add(name.getNameName());
                }
            }
            local.retainAll(names.keySet());
            repeated.addAll(local);
            book.names = new DefinedNames(names, repeated);
            return book;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException(file + "：" + ReturnReader.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(file + "：.xls 文件已损坏，无法读取（" + Failure.describe(e) + "）", e);
        }
    }

    /** Refuses a workbook stream with more cells and rows than {@link #MAX_RECORDS}, counted from the record headers. */
    private static void checkSize(String file, DirectoryNode root) throws UnreadableException {
        String stream = root.hasEntry("Workbook") ? "Workbook" : root.hasEntry("WORKBOOK") ? "WORKBOOK" : "Book";
        long records = 0;
        try (InputStream in = root.createDocumentInputStream(stream)) {
            byte[] header = new byte[4];
            while (in.readNBytes(header, 0, 4) == 4) {
                int sid = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
                int length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
                records += sid == MULBLANK ? (length - 6) / 2 : sid == MULRK ? (length - 6) / 6 : ONE_EACH.contains(sid) ? 1 : 0;
                if (records > MAX_RECORDS) {
                    throw new UnreadableException(file + "：工作簿中的单元格和行超过 " + MAX_RECORDS + " 个（读取上限，含设了格式的空白单元格），"
                            + "不像是一份年报；请删除多余的行、列或工作表后重新保存，再提交");
                }
                in.skipNBytes(length);
            }
        } catch (IOException | RuntimeException e) {
            // A stream that cannot be walked is left to HSSF, whose failure says what is wrong.
        }
    }

    private static String refersTo(Name name) {
        try {
            return name.getRefersToFormula();
        } catch (RuntimeException e) {
            return "#REF!";
        }
    }

    private static Grid grid(Sheet sheet) {
        Grid grid = new Grid(sheet.getSheetName());
        for (Row row : sheet) {
            for (Cell cell : row) {
                RawCell raw = raw(cell);
                if (raw.kind() != RawCell.Kind.EMPTY || raw.hasFormula()) {
                    grid.put(cell.getRowIndex(), cell.getColumnIndex(), raw);
                }
            }
        }
        return grid;
    }

    private static RawCell raw(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return value(cell, cell.getCellType(), null);
        }
        String formula;
        try {
            formula = cell.getCellFormula();
        } catch (RuntimeException e) {
            formula = "?";
        }
        return value(cell, cell.getCachedFormulaResultType(), formula);
    }

    private static RawCell value(Cell cell, CellType type, String formula) {
        return switch (type) {
            case NUMERIC -> new RawCell(RawCell.Kind.NUMBER, Double.toString(cell.getNumericCellValue()), formula);
            case STRING -> new RawCell(RawCell.Kind.TEXT, cell.getStringCellValue(), formula);
            case BOOLEAN -> new RawCell(RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", formula);
            case ERROR -> new RawCell(RawCell.Kind.ERROR, errorText(cell.getErrorCellValue()), formula);
            default -> new RawCell(RawCell.Kind.EMPTY, "", formula);
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public DefinedNames names() {
        return names;
    }

    @Override
    public Optional<Grid> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }
}
