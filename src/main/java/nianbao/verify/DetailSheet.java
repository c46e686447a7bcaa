package nianbao.verify;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.MetaKey;
import nianbao.io.Failure;
import nianbao.model.CellAddress;
import nianbao.model.Return;
import nianbao.read.OoxmlLimits;
import nianbao.read.UnreadableException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the 明细 sheet of a consolidated workbook back into one return per agency row: columns found
 * by the header row of keys, the agency's name, credit code and year by their Chinese headers.
 */
public final class DetailSheet {

    /** The name of the sheet the consolidated workbook lists its returns on. */
    public static final String NAME = "明细";

    private static final Map<String, MetaKey> META_HEADERS = Map.of(
            Labels.normalize("单位"), MetaKey.AGENCY,
            Labels.normalize(MetaKey.AGENCY.label()), MetaKey.AGENCY,
            Labels.normalize(MetaKey.CREDIT_CODE.label()), MetaKey.CREDIT_CODE,
            Labels.normalize(MetaKey.YEAR.label()), MetaKey.YEAR);

    private static final DataFormatter FORMATTER = new DataFormatter();

    private DetailSheet() {
    }

    /** The returns listed on the workbook's 明细 sheet, or empty when it has none. */
    public static Optional<List<Return>> read(Path file) throws UnreadableException {
        OoxmlLimits.apply();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(NAME);
            return sheet == null ? Optional.empty() : Optional.of(returns(file, sheet));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("无法打开文件 " + file + "（" + Failure.describe(e) + "）", e);
        }
    }

    private static List<Return> returns(Path file, Sheet sheet) throws UnreadableException {
        Row keyRow = keyRow(sheet).orElseThrow(() -> new UnreadableException(
                "文件 " + file + " 的「" + NAME + "」工作表没有键名表头行（如 application.new.natural_person）"));
        Map<Integer, String> keys = new HashMap<>();
        Map<Integer, MetaKey> meta = new HashMap<>();
        for (int c = 0; c < width(sheet, keyRow.getRowNum()); c++) {
            int column = c;
            String text = FORMATTER.formatCellValue(keyRow.getCell(column)).strip();
            Form.find(text).ifPresent(f -> keys.put(column, f.key()));
            MetaKey.find(text).or(() -> header(sheet, keyRow.getRowNum(), column)).ifPresent(m -> meta.put(column, m));
        }
        List<Return> returns = new ArrayList<>();
        for (int r = keyRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Optional.ofNullable(sheet.getRow(r)).flatMap(row -> row(file, sheet, row, keys, meta)).ifPresent(returns::add);
        }
        return returns;
    }

    private static Optional<Row> keyRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (Form.find(FORMATTER.formatCellValue(cell).strip()).isPresent()) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    /** The number of columns of the header rows. */
    private static int width(Sheet sheet, int keyRow) {
        int width = 0;
        for (int r = 0; r <= keyRow; r++) {
            Row row = sheet.getRow(r);
            width = Math.max(width, row == null ? 0 : row.getLastCellNum());
        }
        return width;
    }

    /** The meta key named by a Chinese header above the key row in this column. */
    private static Optional<MetaKey> header(Sheet sheet, int keyRow, int column) {
        for (int r = 0; r <= keyRow; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            MetaKey m = cell == null ? null : META_HEADERS.get(Labels.normalize(FORMATTER.formatCellValue(cell)));
            if (m != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<Return> row(Path file, Sheet sheet, Row row, Map<Integer, String> keys, Map<Integer, MetaKey> meta) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, CellAddress> cells = new LinkedHashMap<>();
        keys.forEach((column, key) -> number(row.getCell(column)).ifPresent(v -> {
            values.put(key, v);
            cells.put(key, new CellAddress(sheet.getSheetName(), row.getRowNum(), column));
        }));
        Map<MetaKey, String> header = new EnumMap<>(MetaKey.class);
        meta.forEach((column, m) -> header.put(m, FORMATTER.formatCellValue(row.getCell(column)).strip()));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String source = file + "（" + NAME + "第 " + (row.getRowNum() + 1) + " 行）";
        return Optional.of(new Return(source, header, values, cells, List.of()));
    }

    private static Optional<BigDecimal> number(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        boolean numeric = cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
        if (numeric) {
            return Optional.of(new BigDecimal(Double.toString(cell.getNumericCellValue())));
        }
        try {
            return Optional.of(new BigDecimal(FORMATTER.formatCellValue(cell).strip().replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
