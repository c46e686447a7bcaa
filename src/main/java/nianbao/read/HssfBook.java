package nianbao.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A legacy .xls workbook read whole through POI HSSF into the reader's own {@link Grid}s. */
final class HssfBook implements Book {

    private final Map<String, Grid> sheets = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<String> repeated = new HashSet<>();

    private HssfBook() {
    }

    /** Reads the workbook stream of an OLE2 file; {@code root} must hold "Workbook" or "Book". */
    static HssfBook read(String file, DirectoryNode root) throws UnreadableException {
        try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
            HssfBook book = new HssfBook();
            for (Sheet sheet : wb) {
                book.sheets.put(sheet.getSheetName(), grid(sheet));
            }
            Set<String> local = new HashSet<>();
            for (Name name : wb.getAllNames()) {
                if (name.getSheetIndex() >= 0) {
                    local.add(name.getNameName());
                } else if (!name.isFunctionName() && book.names.putIfAbsent(name.getNameName(), refersTo(name)) != null) {
                    book.repeated.add(name.getNameName());
                }
            }
            local.retainAll(book.names.keySet());
            book.repeated.addAll(local);
            return book;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException(file + "：" + ReturnReader.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(file + "：.xls 文件已损坏，无法读取（" + FileKind.reason(e) + "）", e);
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
    public Map<String, String> names() {
        return names;
    }

    @Override
    public Set<String> repeatedNames() {
        return repeated;
    }

    @Override
    public Optional<Grid> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }
}
