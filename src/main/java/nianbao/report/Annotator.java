package nianbao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nianbao.io.InputFiles;
import nianbao.io.OutputRefusedException;
import nianbao.io.SafeOutput;
import nianbao.model.CellAddress;
import nianbao.model.Finding;
import nianbao.read.OoxmlLimits;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Writes the copy of a return that goes back to the agency: each offending cell filled red (warnings
 * amber) with a comment carrying its messages, and a 校验结果 sheet listing every finding. The
 * original file is only read.
 */
public final class Annotator {

    /** The name of the sheet listing the findings. */
    public static final String SHEET = "校验结果";

    /** Excel's limit on the text of a cell (and POI's, which throws past it). */
    private static final int MAX_TEXT = 32_767;

    private static final List<String> HEADERS = List.of("序号", "级别", "单元格", "问题", "应为", "实为", "代码");

    private Annotator() {
    }

    /**
     * Writes {@code 原文件名-校验.xlsx} (or .xls, .xlsm, as the original is) into {@code dir}.
     *
     * @return the file written
     */
    public static Path annotate(Path original, List<Finding> findings, Path dir, boolean force)
            throws IOException, OutputRefusedException {
        OoxmlLimits.apply();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(original)))) {
            markCells(wb, findings);
            listFindings(wb, findings);
            Path target = dir.resolve(targetName(original, wb));
            SafeOutput.write(target, force, wb::write);
            return target;
        }
    }

    /** 原文件名-校验 with the extension of the format the workbook really is. */
    static String targetName(Path original, Workbook wb) {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = wb instanceof HSSFWorkbook ? "xls" : "xlsm".equals(InputFiles.extension(name)) ? "xlsm" : "xlsx";
        return stem + "-校验." + extension;
    }

    private static void markCells(Workbook wb, List<Finding> findings) {
        Map<CellAddress, List<Finding>> byCell = findings.stream().filter(f -> f.cell() != null)
                .collect(Collectors.groupingBy(Finding::cell, TreeMap::new, Collectors.toList()));
        Map<String, CellStyle> styles = new HashMap<>();
        byCell.forEach((address, list) -> {
            Sheet sheet = wb.getSheet(address.sheet());
            if (sheet != null) {
                mark(wb, cell(sheet, address), list, styles);
            }
        });
    }

    private static Cell cell(Sheet sheet, CellAddress address) {
        Row row = sheet.getRow(address.row()) == null ? sheet.createRow(address.row()) : sheet.getRow(address.row());
        return row.getCell(address.column()) == null ? row.createCell(address.column()) : row.getCell(address.column());
    }

    private static void mark(Workbook wb, Cell cell, List<Finding> findings, Map<String, CellStyle> styles) {
        boolean error = findings.stream().anyMatch(Finding::isError);
        cell.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex() + "/" + error, k -> fill(wb, cell.getCellStyle(), error)));
        String text = findings.stream().map(f -> f.severity().chinese() + "：" + f.message()).collect(Collectors.joining("\n"));
        cell.removeCellComment();
        cell.setCellComment(comment(wb, cell, text));
    }

    private static CellStyle fill(Workbook wb, CellStyle base, boolean error) {
        CellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor((error ? IndexedColors.RED : IndexedColors.LIGHT_ORANGE).getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static Comment comment(Workbook wb, Cell cell, String text) {
        CreationHelper helper = wb.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 2 + text.length() / 40);
        Comment comment = cell.getSheet().createDrawingPatriarch().createCellComment(anchor);
        comment.setString(helper.createRichTextString(fit(text)));
        comment.setAuthor("nianbao");
        return comment;
    }

    private static void listFindings(Workbook wb, List<Finding> findings) {
        Sheet sheet = wb.createSheet(freeName(wb));
        text(sheet.createRow(0), HEADERS);
        int n = 0;
        for (Finding f : findings) {
            n++;
            text(sheet.createRow(n), List.of(String.valueOf(n), f.severity().chinese(),
                    f.findCell().map(CellAddress::toString).orElse(TextReport.WHOLE_REPORT), f.message(), f.expected(), f.actual(), f.code().code()));
        }
        int[] widths = {6, 6, 18, 90, 10, 10, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (Sheet other : wb) {
            other.setSelected(other == sheet);
        }
        wb.setActiveSheet(wb.getSheetIndex(sheet));
    }

    /** Every value is written as text, so that text from a return never becomes a formula. */
    private static void text(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(fit(values.get(c)));
        }
    }

    /** Text cut to what a cell can hold: a hostile cell's text quoted in a message can be longer. */
    private static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String freeName(Workbook wb) {
        String name = SHEET;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = SHEET + "（" + i + "）";
        }
        return name;
    }
}
