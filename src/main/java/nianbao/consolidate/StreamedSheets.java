package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the big sheets 明细, 校验 and 清单 in one pass over the spill, row by row. */
final class StreamedSheets {

    private static final List<String> DETAIL_HEAD = List.of("单位", "统一社会信用代码", "年度", "文件", "状态");
    private static final List<String> CHECKS_HEAD = List.of("文件", "单位", "代码", "级别", "单元格", "应为", "实为", "说明");
    private static final List<String> RECEIPT_HEAD =
            List.of("文件", "状态", "说明", "单位", "统一社会信用代码", "年度", "计入汇总", "分组", "大小（字节）", "SHA-256");

    /** The last row index a sheet may hold, less one for the note that the rest did not fit. */
    private static final int MAX_ROW = 1_048_574;
    private static final int BLANKS_LISTED = 20;

    private final Consolidation c;
    private final SXSSFSheet detail;
    private final SXSSFSheet checks;
    private final SXSSFSheet receipt;
    private final CellStyle head;
    private int detailRow = 2;
    private int checksRow = 1;
    private int receiptRow = 1;

    StreamedSheets(SXSSFWorkbook wb, Consolidation c) {
        this.c = c;
        detail = wb.createSheet(ConsolidatedWorkbook.DETAIL);
        checks = wb.createSheet(ConsolidatedWorkbook.CHECKS);
        receipt = wb.createSheet(ConsolidatedWorkbook.RECEIPT);
        head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setWrapText(true);
    }

    void write() throws IOException {
        heads();
        c.forEach((record, entry) -> {
            if (record.summed()) {
                detailRow(record, entry);
            }
            List<Finding> findings = new ArrayList<>(entry.findings());
            findings.addAll(record.extra());
            checkRows(record, findings);
            receiptRow(record);
        });
        if (c.hasRoster()) {
            rosterRows();
        }
        finish();
    }

    private void heads() {
        List<Object> labels = new ArrayList<>(DETAIL_HEAD);
        List<Object> keys = new ArrayList<>(DETAIL_HEAD.stream().map(h -> "").toList());
        for (Field f : Form.fields()) {
            labels.add(f.describe());
            keys.add(f.key());
        }
        Cells.row(detail, 0, head, labels.toArray()).setHeightInPoints(60);
        Cells.row(detail, 1, head, keys.toArray());
        Cells.row(checks, 0, head, CHECKS_HEAD.toArray());
        Cells.row(receipt, 0, head, RECEIPT_HEAD.toArray());
    }

    private void detailRow(FileRecord r, Spill.Entry entry) {
        Object[] row = new Object[DETAIL_HEAD.size() + Form.SIZE];
        row[0] = r.agency();
        row[1] = r.creditCode();
        row[2] = r.year() > 0 ? r.year() : null;
        row[3] = r.file();
        row[4] = statusWords(r);
        System.arraycopy(entry.values(), 0, row, DETAIL_HEAD.size(), Form.SIZE);
        Cells.row(detail, detailRow++, null, row);
    }

    /** One row per finding, except blank cells: one row per file says how many and which, so the sheet stays readable. */
    private void checkRows(FileRecord r, List<Finding> findings) {
        List<Finding> blanks = findings.stream().filter(f -> f.code() == Code.BLANK).toList();
        findings.stream().filter(f -> f.code() != Code.BLANK).forEach(f -> checkRow(r, f.code(),
                f.findCell().map(Object::toString).orElse(""), f.expected(), f.actual(), f.message()));
        if (!blanks.isEmpty()) {
            String cells = blanks.stream().limit(BLANKS_LISTED).map(f -> f.findCell().map(CellAddress::a1).orElse("?"))
                    .collect(Collectors.joining("、")) + (blanks.size() > BLANKS_LISTED ? "等" : "");
            checkRow(r, Code.BLANK, blanks.get(0).findCell().map(Object::toString).orElse(""), "", "",
                    "共 " + blanks.size() + " 个空白单元格按 0 计：" + cells + "（逐格列表见 --json 报告）");
        }
    }

    private void checkRow(FileRecord r, Code code, String cell, String expected, String actual, String message) {
        if (checksRow < MAX_ROW) {
            Cells.row(checks, checksRow++, null, r.file(), r.agency(), code.code(), code.severity().chinese(), cell,
                    expected, actual, message);
        } else if (checksRow == MAX_ROW) {
            Cells.row(checks, checksRow++, head, "已达 Excel 的行数上限，其余校验结果未列出；完整结果请用 --json 输出");
        }
    }

    private void receiptRow(FileRecord r) {
        Cells.row(receipt, receiptRow++, null, r.file(), statusWords(r), r.reason(), r.agency(), r.creditCode(),
                r.year() > 0 ? r.year() : null, r.summed() ? "是" : "否", r.group(),
                r.facts().size() >= 0 ? r.facts().size() : null, r.facts().sha256Hex());
    }

    private void rosterRows() {
        List<Roster.Member> missing = c.missing();
        receiptRow++;
        Cells.row(receipt, receiptRow++, head, "名册中未报送的单位（" + missing.size() + " 个）");
        Cells.row(receipt, receiptRow++, head, "单位名称", "统一社会信用代码", "分组");
        missing.forEach(m -> Cells.row(receipt, receiptRow++, null, m.name(), m.creditCode(), m.group()));
        List<FileRecord> unexpected = c.unexpected();
        receiptRow++;
        Cells.row(receipt, receiptRow++, head, "不在名册中的报送单位（" + unexpected.size() + " 个）");
        Cells.row(receipt, receiptRow++, head, "文件", "单位", "统一社会信用代码");
        unexpected.forEach(r -> Cells.row(receipt, receiptRow++, null, r.file(), r.agency(), r.creditCode()));
    }

    private void finish() {
        detail.createFreezePane(1, 2);
        detail.setAutoFilter(new CellRangeAddress(1, Math.max(1, detailRow - 1), 0, DETAIL_HEAD.size() + Form.SIZE - 1));
        checks.createFreezePane(0, 1);
        checks.setAutoFilter(new CellRangeAddress(0, Math.max(0, checksRow - 1), 0, CHECKS_HEAD.size() - 1));
        receipt.createFreezePane(0, 1);
        widths(detail, 24, 22, 8, 40, 14);
        widths(checks, 40, 24, 18, 8, 16, 12, 12, 80);
        widths(receipt, 40, 14, 50, 24, 22, 8, 10, 12, 14, 66);
    }

    private static void widths(SXSSFSheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    static String statusWords(FileRecord r) {
        if (r.status() == FileStatus.INVALID && r.summed()) {
            return FileStatus.INVALID.chinese() + "（已按 --include-invalid 计入汇总）";
        }
        return r.status().chinese();
    }
}
