package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.read.DetailRows;

/** The big sheets 明细, 校验 and 清单, their rows streamed into the package ({@link WorkbookPackage}). */
final class StreamedSheets {

    private static final List<String> DETAIL_HEAD = List.of(DetailRows.AGENCY, MetaKey.CREDIT_CODE.label(),
            MetaKey.YEAR.label(), MetaKey.DATE.label(), DetailRows.FILE, DetailRows.SOURCE, "状态");
    private static final List<String> CHECKS_HEAD = List.of("文件", "单位", "代码", "级别", "单元格", "应为", "实为", "说明");
    private static final List<String> RECEIPT_HEAD =
            List.of("文件", "状态", "说明", "单位", "统一社会信用代码", "年度", "计入汇总", "分组", "大小（字节）", "SHA-256");

    /** The last row a sheet may hold, less one for the note that the rest did not fit. */
    private static final int MAX_ROW = 1_048_574;
    private static final int BLANKS_LISTED = 20;
    /** The column of 年度 in 明细. */
    private static final int YEAR_COLUMN = 2;

    private final Consolidation c;
    private final int head;

    /** The sheets of consolidation {@code c}, whose header rows take the cell style {@code head}. */
    StreamedSheets(Consolidation c, int head) {
        this.c = c;
        this.head = head;
    }

    /** 明细, 校验 and 清单 with the writers of their rows. */
    List<AddedSheet> sheets() {
        return List.of(
                new AddedSheet.Streamed(ConsolidatedWorkbook.DETAIL, 1, 2, List.of(24, 22, 8, 12, 40, 40, 14), this::detail),
                new AddedSheet.Streamed(ConsolidatedWorkbook.CHECKS, 0, 1, List.of(40, 24, 18, 8, 16, 12, 12, 80), this::checks),
                new AddedSheet.Streamed(ConsolidatedWorkbook.RECEIPT, 0, 1, List.of(40, 14, 50, 24, 22, 8, 10, 12, 14, 66), this::receipt));
    }

    /**
     * The two header rows of a sheet with a column per key: the lead columns' names then each key's
     * description (a row {@code height} high, 0 for the default), then the lead left blank and each key.
     */
    static void keyHeads(SheetRows rows, List<String> lead, int style, double height) throws IOException {
        List<Object> labels = new ArrayList<>(lead);
        List<Object> keys = new ArrayList<>(Collections.nCopies(lead.size(), ""));
        for (Field f : Form.fields()) {
            labels.add(f.describe());
            keys.add(f.key());
        }
        rows.row(style, height, labels.toArray());
        rows.row(style, 0, keys.toArray());
    }

    private String detail(SheetRows rows) throws IOException {
        keyHeads(rows, DETAIL_HEAD, head, 60);
        c.forEach((record, entry) -> {
            if (record.summed()) {
                detailRow(rows, record, entry);
            }
        });
        return "A2:" + SheetRows.column(DETAIL_HEAD.size() + Form.SIZE - 1) + Math.max(2, rows.count());
    }

    /**
     * One return's row; its leading cells go through one loop so that the compiled row stays small, the
     * year as a number cell of its own, so that only text reaches {@link SheetRows#value} here. 文件 names
     * the file the numbers were read from, 来源 the input they came through (a member's sub-summary).
     */
    private static void detailRow(SheetRows rows, FileRecord record, Spill.Entry entry) throws IOException {
        rows.start(0, 0);
        Origin origin = record.origin();
        String file = origin.isMember() && !origin.listedFile().isEmpty() ? origin.listedFile() : record.file();
        String[] lead = {record.agency(), record.creditCode(), null, dateText(record.date()), file,
            origin.source(record.file()), record.statusWords()};
        for (int c = 0; c < lead.length; c++) {
            if (c == YEAR_COLUMN && record.year() > 0) {
                rows.number(c, record.year(), 0);
            } else {
                rows.value(c, lead[c]);
            }
        }
        for (int i = 0; i < Form.SIZE; i++) {
            if (entry.isCompact(i)) {
                rows.number(lead.length + i, entry.unscaled(i), entry.scale(i));
            } else if (!entry.isAbsent(i)) {
                rows.value(lead.length + i, entry.value(i));
            }
        }
        rows.end();
    }

    /** A 填报日期 as yyyy-mm-dd, or null when none was read. */
    private static String dateText(int date) {
        if (date <= 0) {
            return null;
        }
        int month = date / 100 % 100;
        int day = date % 100;
        return date / 10_000 + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
    }

    private String checks(SheetRows rows) throws IOException {
        rows.row(head, 0, CHECKS_HEAD.toArray());
        c.forEach((record, entry) -> {
            List<Finding> findings = new ArrayList<>(entry.findings());
            findings.addAll(record.extra());
            checkRows(rows, record, findings);
        });
        return "A1:" + SheetRows.column(CHECKS_HEAD.size() - 1) + Math.max(1, rows.count());
    }

    /** One row per finding, except blank cells: one row per file says how many and which, so the sheet stays readable. */
    private void checkRows(SheetRows rows, FileRecord r, List<Finding> findings) throws IOException {
        List<Finding> blanks = new ArrayList<>();
        for (Finding f : findings) {
            if (f.code() == Code.BLANK) {
                blanks.add(f);
            } else {
                checkRow(rows, r, f.code(), cell(f), f.expected(), f.actual(), f.message());
            }
        }
        if (!blanks.isEmpty()) {
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < Math.min(blanks.size(), BLANKS_LISTED); i++) {
                Finding f = blanks.get(i);
                cells.append(i > 0 ? "、" : "").append(f.cell() == null ? "?" : f.cell().a1());
            }
            checkRow(rows, r, Code.BLANK, cell(blanks.get(0)), "", "", "共 " + blanks.size() + " 个空白单元格按 0 计："
                    + cells + (blanks.size() > BLANKS_LISTED ? "等" : "") + "（逐格列表见 --json 报告）");
        }
    }

    private static String cell(Finding f) {
        return f.cell() == null ? "" : f.cell().toString();
    }

    private void checkRow(SheetRows rows, FileRecord r, Code code, String cell, String expected, String actual,
            String message) throws IOException {
        if (rows.count() < MAX_ROW) {
            rows.row(0, 0, r.file(), r.agency(), code.code(), code.severity().chinese(), cell, expected, actual, message);
        } else if (rows.count() == MAX_ROW) {
            rows.row(head, 0, "已达 Excel 的行数上限，其余校验结果未列出；完整结果请用 --json 输出");
        }
    }

    /** One row per input file, each sub-summary's members in the rows after it. */
    private String receipt(SheetRows rows) throws IOException {
        rows.row(head, 0, RECEIPT_HEAD.toArray());
        Map<String, Long> members = c.memberCounts();
        for (FileRecord r : c.records()) {
            rows.row(0, 0, r.file(), r.statusWords(), receiptNote(r, members), r.agency(), r.creditCode(),
                    r.year() > 0 ? r.year() : null, r.summed() ? "是" : r.origin().isSubSummary() ? "否（按明细逐个单位计入）" : "否",
                    r.group(), r.facts().size() >= 0 ? r.facts().size() : null, r.facts().sha256Hex());
        }
        if (c.hasRoster()) {
            rosterRows(rows);
        }
        return null;
    }

    private void rosterRows(SheetRows rows) throws IOException {
        List<Roster.Member> missing = c.missing();
        rows.skip();
        rows.row(head, 0, "名册中未报送的单位（" + missing.size() + " 个）");
        rows.row(head, 0, "单位名称", "统一社会信用代码", "分组");
        for (Roster.Member m : missing) {
            rows.row(0, 0, m.name(), m.creditCode(), m.group());
        }
        List<FileRecord> unexpected = c.unexpected();
        rows.skip();
        rows.row(head, 0, "不在名册中的报送单位（" + unexpected.size() + " 个）");
        rows.row(head, 0, "文件", "单位", "统一社会信用代码");
        for (FileRecord r : unexpected) {
            rows.row(0, 0, r.file(), r.agency(), r.creditCode());
        }
    }

    /** 说明 in 清单: the reason, else what a sub-summary or a member is. */
    private static String receiptNote(FileRecord r, Map<String, Long> members) {
        if (!r.reason().isEmpty()) {
            return FileResult.reasonBeside(r.file(), r.reason());
        }
        if (r.origin().isSubSummary()) {
            return "汇总表：其「" + ConsolidatedWorkbook.DETAIL + "」中的 " + members.getOrDefault(r.file(), 0L)
                    + " 个单位逐一计入（见以下各行），本表的合计不另计入";
        }
        return r.origin().isMember() && !r.origin().listedFile().isEmpty() ? "汇总表明细所列：" + r.origin().listedFile() : "";
    }
}
