package nianbao.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The usual way to read a workbook in Java: POI's usermodel ({@link XSSFWorkbook}) opened read-only,
 * every cell of every sheet visited and its number or text taken: the cells nianbao reads and more.
 */
final class PoiUsermodel {

    private PoiUsermodel() {
    }

    /** The number of cells holding a number or a text, over every file. */
    static long cells(List<Path> files, int threads) throws java.io.IOException {
        return FileWork.sum(files, threads, PoiUsermodel::cells);
    }

    static long cells(Path file) throws Exception {
        long n = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        n += visit(cell);
                    }
                }
            }
        }
        return n;
    }

    private static int visit(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> Double.isNaN(cell.getNumericCellValue()) ? 0 : 1;
            case STRING -> cell.getStringCellValue().isEmpty() ? 0 : 1;
            default -> 0;
        };
    }
}
