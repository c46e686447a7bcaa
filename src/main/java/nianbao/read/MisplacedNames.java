package nianbao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;

/**
 * The keys whose defined names cannot be trusted ({@code name_misplaced}): a name defined twice, a name on
 * another sheet than the form's, outside the form's area, or on the same cell as another key's name. Their
 * cells are not read, so no typed number is counted under two keys or silently lost.
 */
final class MisplacedNames {

    private static final int NEAR_ROWS = 10;
    private static final int NEAR_COLUMNS = 5;

    private MisplacedNames() {
    }

    /** Removes the untrusted keys from {@code cells} (key → cell as named) and returns a finding for each. */
    static List<Finding> remove(Map<String, CellAddress> cells, Set<String> repeated) {
        Map<String, String> why = new LinkedHashMap<>();
        for (Field field : Form.fields()) {
            if (repeated.contains(field.key())) {
                why.put(field.key(), "工作簿中定义了不止一个同名的名称「" + field.key() + "」");
            }
        }
        String sheet = dataSheet(cells);
        Map<CellAddress, List<String>> byCell = new HashMap<>();
        cells.forEach((key, cell) -> byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(key));
        for (Field field : Form.fields()) {
            CellAddress cell = cells.get(field.key());
            if (cell == null || why.containsKey(field.key())) {
                continue;
            }
            List<String> sharing = byCell.get(cell);
            if (!cell.sheet().equals(sheet)) {
                why.put(field.key(), "名称「" + field.key() + "」指向工作表「" + cell.sheet() + "」，不在填报数据表「" + sheet + "」上");
            } else if (sharing.size() > 1) {
                why.put(field.key(), "名称「" + field.key() + "」与「" + String.join("」「", others(sharing, field.key()))
                        + "」指向同一个单元格 " + cell);
            } else if (outside(field.key(), cell, cells, sheet)) {
                why.put(field.key(), "名称「" + field.key() + "」指向 " + cell + "，在报表的表格范围之外");
            }
        }
        List<Finding> findings = new ArrayList<>();
        why.forEach((key, reason) -> findings.add(new Finding(Code.NAME_MISPLACED, List.of(key), cells.get(key), "", "",
                Form.field(key).describe() + "：" + reason + "；名称被改动过，该格无法可靠读取，请用最新模板重新填报，"
                        + "不要修改或复制名称。")));
        why.keySet().forEach(cells::remove);
        return findings;
    }

    /** The sheet most of the keys' cells are on. */
    private static String dataSheet(Map<String, CellAddress> cells) {
        return cells.values().stream().collect(Collectors.groupingBy(CellAddress::sheet, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    private static List<String> others(List<String> keys, String key) {
        return keys.stream().filter(k -> !k.equals(key)).sorted(Comparator.comparingInt(Form::indexOf)).toList();
    }

    /**
     * Whether the cell lies away from the form: more than {@link #NEAR_ROWS} rows from every row, or more
     * than {@link #NEAR_COLUMNS} columns from every column, that another key's cell on the data sheet is in.
     * The form's cells lie close together (a row of one key sits a few rows from the next), so a name sent
     * off to a far cell shows, while rows a clerk inserts between the tables do not.
     */
    private static boolean outside(String key, CellAddress cell, Map<String, CellAddress> cells, String sheet) {
        int rowGap = Integer.MAX_VALUE;
        int columnGap = Integer.MAX_VALUE;
        for (Map.Entry<String, CellAddress> e : cells.entrySet()) {
            CellAddress other = e.getValue();
            if (!e.getKey().equals(key) && other.sheet().equals(sheet)) {
                rowGap = Math.min(rowGap, Math.abs(other.row() - cell.row()));
                columnGap = Math.min(columnGap, Math.abs(other.column() - cell.column()));
            }
        }
        return rowGap != Integer.MAX_VALUE && (rowGap > NEAR_ROWS || columnGap > NEAR_COLUMNS);
    }
}
