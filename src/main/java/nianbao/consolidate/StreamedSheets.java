package nianbao.consolidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.model.Finding;
import nianbao.read.DetailRows;

/**
 * The big sheets 明细, 校验 and 清单, their rows streamed into the package ({@link WorkbookPackage}), in
 * this order: 校验 notes each invalid file's first error, which 清单 then gives as the file's 说明.
 */
final class StreamedSheets {

    /** 明细's leading columns: who, which year, when filed, the file the numbers were read from, the input they came through. */
    private static final List<String> DETAIL_HEAD = List.of(DetailRows.AGENCY, MetaKey.CREDIT_CODE.label(), MetaKey.YEAR.label(),
            MetaKey.DATE.label(), DetailRows.FILE, DetailRows.SOURCE, "状态");
    /** What the key row holds over {@link #DETAIL_HEAD}: the meta keys of the columns that have one. */
    private static final List<String> DETAIL_KEYS = List.of(MetaKey.AGENCY.key(), MetaKey.CREDIT_CODE.key(), MetaKey.YEAR.key(),
            MetaKey.DATE.key(), "", "", "");
    private static final List<Integer> DETAIL_WIDTHS = List.of(22, 21, 6, 11, 28, 28, 12);
    /** The width of each field's column in 明细: its short label wraps at a word, four characters a line. */
    private static final int FIELD_WIDTH = 9;
    private static final List<String> CHECKS_HEAD = List.of("文件", "单位", "代码", "级别", "单元格", "应为", "实为", "说明");
    private static final List<Integer> CHECKS_WIDTHS = List.of(26, 18, 17, 6, 15, 17, 17, 60);
    private static final List<String> RECEIPT_HEAD =
            List.of("文件", "状态", "说明", "单位", "统一社会信用代码", "年度", "计入汇总", "分组", "大小（字节）", "SHA-256");
    private static final List<Integer> RECEIPT_WIDTHS = List.of(28, 10, 40, 20, 24, 6, 9, 10, 12, 34);

    /** The last row a sheet may hold, less one for the note that the rest did not fit. */
    private static final int MAX_ROW = 1_048_574;
    private static final int BLANKS_LISTED = 20;
    /** The column of 年度 in 明细. */
    private static final int YEAR_COLUMN = 2;
    /** 明细 prints at this size, its header rows and agencies on every page. */
    private static final PageSetup DETAIL_PAGE = new PageSetup(true, false, false, 70, FieldHeadings.COLUMN_HEAD_ROWS, 1);

    private final Consolidation c;
    private final Spill spill;
    private final SheetStyles styles;
    /** Each invalid file's first error, by its index in the run, noted while writing 校验. */
    private final Map<Integer, String> firstErrors = new HashMap<>();

    /** The sheets of consolidation {@code c}, its files' values read from {@code spill}, in the base's cell styles. */
    StreamedSheets(Consolidation c, Spill spill, SheetStyles styles) {
        this.c = c;
        this.spill = spill;
        this.styles = styles;
    }

    /** 明细, 校验 and 清单 with the writers of their rows. */
    List<AddedSheet> sheets() {
        List<Integer> detailWidths = new ArrayList<>(DETAIL_WIDTHS);
        detailWidths.addAll(Collections.nCopies(Form.SIZE, FIELD_WIDTH));
        return List.of(
                new AddedSheet.Streamed(ConsolidatedWorkbook.DETAIL, 1, FieldHeadings.COLUMN_HEAD_ROWS, detailWidths, DETAIL_PAGE,
                        this::detail),
                new AddedSheet.Streamed(ConsolidatedWorkbook.CHECKS, 0, 1, CHECKS_WIDTHS, PageSetup.fitToWidth(true, 1), this::checks),
                new AddedSheet.Streamed(ConsolidatedWorkbook.RECEIPT, 0, 1, RECEIPT_WIDTHS, PageSetup.fitToWidth(true, 1), this::receipt));
    }

    private String detail(SheetRows rows) throws IOException {
        FieldHeadings.columnHeads(rows, DETAIL_HEAD, DETAIL_KEYS, styles);
        spill.forEach(c.records(), (record, entry) -> {
            if (record.summed()) {
                detailRow(rows, record, entry);
            }
        });
        int filterRow = FieldHeadings.COLUMN_HEAD_ROWS;
        return "A" + filterRow + ":" + SheetRows.column(DETAIL_HEAD.size() + Form.SIZE - 1) + Math.max(filterRow, rows.count());
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
        rows.row(styles.head(), 0, CHECKS_HEAD.toArray());
        spill.forEach(c.records(), (record, entry) -> {
            List<Finding> findings = new ArrayList<>(entry.findings());
            findings.addAll(record.extra());
            noteFirstError(record, findings);
            checkRows(rows, record, entry, findings);
        });
        return "A1:" + SheetRows.column(CHECKS_HEAD.size() - 1) + Math.max(1, rows.count());
    }

    /** One row per finding, except blank cells: one row per file says how many and which, so the sheet stays readable. */
    private void checkRows(SheetRows rows, FileRecord r, Spill.Entry entry, List<Finding> findings) throws IOException {
        List<Finding> blanks = new ArrayList<>();
        for (Finding f : findings) {
            if (f.code() == Code.BLANK) {
                blanks.add(f);
            } else if (f.code() == Code.BALANCE) {
                String[] sums = BalanceSums.of(f, entry);
                checkRow(rows, r, f.code(), cell(f), sums[0], sums[1], f.message());
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
            Object[] values = {r.file(), r.agency(), code.code(), code.severity().chinese(), cell, expected, actual, message};
            rows.row(styles.wrap(), SheetRows.height(CHECKS_WIDTHS, values), values);
        } else if (rows.count() == MAX_ROW) {
            rows.row(styles.head(), 0, "已达 Excel 的行数上限，其余校验结果未列出；完整结果请用 --json 输出");
        }
    }

    /** Notes an invalid file's first error (its cell and message) for its 说明 in 清单. */
    private void noteFirstError(FileRecord r, List<Finding> findings) {
        if (r.status() != FileStatus.INVALID) {
            return;
        }
        for (Finding f : findings) {
            if (f.isError()) {
                String more = r.errors() > 1 ? "（共 " + r.errors() + " 处错误，见「" + ConsolidatedWorkbook.CHECKS + "」）" : "";
                firstErrors.put(r.index(), (f.cell() == null ? "" : f.cell() + "：") + f.message() + more);
                return;
            }
        }
    }

    /** One row per input file, each sub-summary's members in the rows after it. */
    private String receipt(SheetRows rows) throws IOException {
        rows.row(styles.head(), 0, RECEIPT_HEAD.toArray());
        Map<String, Long> members = c.memberCounts();
        for (FileRecord r : c.records()) {
            Object[] values = {r.file(), r.statusWords(), receiptNote(r, members), r.agency(), r.creditCode(),
                r.year() > 0 ? r.year() : null, r.summed() ? "是" : r.origin().isSubSummary() ? "否（按明细逐个单位计入）" : "否",
                r.group(), r.facts().size() >= 0 ? r.facts().size() : null, r.facts().sha256Hex()};
            rows.row(styles.wrap(), SheetRows.height(RECEIPT_WIDTHS, values), values);
        }
        if (c.hasRoster()) {
            rosterRows(rows);
        }
        return null;
    }

    /** The roster's findings under the files, each value in the column of 清单 that holds its kind (单位, 统一社会信用代码, 分组). */
    private void rosterRows(SheetRows rows) throws IOException {
        List<Roster.Member> missing = c.missing();
        rows.skip();
        rows.row(styles.head(), 0, "名册中未报送的单位（" + missing.size() + " 个）");
        rosterRow(rows, styles.head(), RosterFile.NAME, null, RosterFile.CODE, RosterFile.GROUP);
        for (Roster.Member m : missing) {
            rosterRow(rows, styles.wrap(), m.name(), null, m.creditCode(), m.group());
        }
        List<FileRecord> unexpected = c.unexpected();
        rows.skip();
        rows.row(styles.head(), 0, "不在名册中的报送单位（" + unexpected.size() + " 个）");
        rosterRow(rows, styles.head(), DetailRows.FILE, DetailRows.AGENCY, MetaKey.CREDIT_CODE.label(), null);
        for (FileRecord r : unexpected) {
            rosterRow(rows, styles.wrap(), r.file(), r.agency(), r.creditCode(), null);
        }
    }

    /** A row of the roster's part of 清单: {@code first} under 文件, then under 单位, 统一社会信用代码 and 分组. */
    private static void rosterRow(SheetRows rows, int style, String first, String agency, String code, String group) throws IOException {
        Object[] values = new Object[RECEIPT_HEAD.size()];
        values[0] = first;
        values[RECEIPT_HEAD.indexOf("单位")] = agency;
        values[RECEIPT_HEAD.indexOf("统一社会信用代码")] = code;
        values[RECEIPT_HEAD.indexOf("分组")] = group;
        rows.row(style, SheetRows.height(RECEIPT_WIDTHS, values), values);
    }

    /** 说明 in 清单: the reason, else an invalid file's first error, else what a sub-summary or a member is. */
    private String receiptNote(FileRecord r, Map<String, Long> members) {
        if (!r.reason().isEmpty()) {
            return FileResult.reasonBeside(r.file(), r.reason());
        }
        if (firstErrors.containsKey(r.index())) {
            return firstErrors.get(r.index());
        }
        if (r.origin().isSubSummary()) {
            return "汇总表：其「" + ConsolidatedWorkbook.DETAIL + "」中的 " + members.getOrDefault(r.file(), 0L)
                    + " 个单位逐一计入（见以下各行），本表的合计不另计入";
        }
        return r.origin().isMember() && !r.origin().listedFile().isEmpty() ? "汇总表明细所列：" + r.origin().listedFile() : "";
    }
}
