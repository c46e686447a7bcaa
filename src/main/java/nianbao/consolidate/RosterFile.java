package nianbao.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.form.MetaKey;
import nianbao.io.ChineseText;
import nianbao.io.Failure;
import nianbao.io.InputFiles;
import nianbao.read.OoxmlLimits;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a roster (名册) from .csv (UTF-8, UTF-16 or GBK: {@link ChineseText}) or a workbook's first sheet: a header row with
 * 单位名称 and optionally 统一社会信用代码 and 分组, then one agency per row.
 */
public final class RosterFile {

    /** The roster's headers, as 清单 lists the agencies missing from the returns under them too. */
    static final String NAME = "单位名称";
    static final String CODE = MetaKey.CREDIT_CODE.label();
    static final String GROUP = "分组";

    private RosterFile() {
    }

    public static Roster read(Path file) throws RosterException {
        if (Files.isDirectory(file)) {
            throw new RosterException("名册 " + file + " 是一个文件夹；请给出名册文件（.csv 或 .xlsx）");
        }
        if (!Files.exists(file)) {
            throw new RosterException("找不到名册 " + file + "；请检查路径");
        }
        if (!Files.isRegularFile(file)) {
            throw new RosterException("名册 " + file + " 不是普通文件（可能是命名管道或设备）；请给出名册文件（.csv 或 .xlsx）");
        }
        List<List<String>> rows = InputFiles.extension(file.getFileName().toString()).equals("csv") ? csv(file) : workbook(file);
        return parse(file.toString(), rows);
    }

    /** Builds the roster from rows of text, the header row first (blank rows before it ignored). */
    static Roster parse(String file, List<List<String>> rows) throws RosterException {
        int header = 0;
        while (header < rows.size() && !rows.get(header).contains(NAME)) {
            header++;
        }
        if (header == rows.size()) {
            throw new RosterException("名册 " + file + " 中找不到「" + NAME + "」列；第一行应为表头：" + NAME + "，" + CODE + "（可选），" + GROUP + "（可选）");
        }
        List<String> head = rows.get(header);
        int name = head.indexOf(NAME);
        int code = head.indexOf(CODE);
        int group = head.indexOf(GROUP);
        List<Roster.Member> members = new ArrayList<>();
        for (List<String> row : rows.subList(header + 1, rows.size())) {
            String agency = at(row, name);
            if (!agency.isEmpty()) {
                members.add(new Roster.Member(agency, at(row, code), at(row, group)));
            }
        }
        return new Roster(members);
    }

    private static String at(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }

    private static List<List<String>> csv(Path file) throws RosterException {
        try {
            return CsvRows.parse(ChineseText.decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new RosterException("无法读取名册 " + file + "（" + Failure.describe(e) + "）", e);
        }
    }

    private static List<List<String>> workbook(Path file) throws RosterException {
        DataFormatter format = new DataFormatter();
        OoxmlLimits.apply();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RosterException("无法读取名册 " + file + "（" + Failure.describe(e) + "）；名册应为 .csv 或 .xlsx 文件", e);
        }
    }
}
