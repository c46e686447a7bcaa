package nianbao.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;

/** Locates the form through the template's defined names, one per key, each naming one cell. */
final class NamedLayout {

    private static final int REMEMBERED = 16;
    private static final Map<Names, Optional<Layout>> LOCATED = new ConcurrentHashMap<>();
    private static volatile Located lastLocated;

    private NamedLayout() {
    }

    /**
     * The layout given by a workbook's names, or empty when it carries none of the form's keys; the
     * layouts of the last few sets of names are remembered, since files of one template share them.
     */
    static Optional<Layout> locate(Map<String, String> names, Set<String> repeated) {
        Located last = lastLocated;
        if (last != null && last.names() == names && last.repeated() == repeated) {
            return last.layout();
        }
        Names key = new Names(names, repeated);
        Optional<Layout> known = LOCATED.get(key);
        if (known == null) {
            known = locateAnew(names, repeated);
            if (LOCATED.size() >= REMEMBERED) {
                LOCATED.clear();
            }
            LOCATED.put(new Names(Map.copyOf(names), Set.copyOf(repeated)), known);
        }
        lastLocated = new Located(names, repeated, known);
        return known;
    }

    /** A workbook's defined names as the layout depends on them. */
    private record Names(Map<String, String> names, Set<String> repeated) {
    }

    /** The last names located and their layout: a remembered workbook part hands out the same names map. */
    private record Located(Map<String, String> names, Set<String> repeated, Optional<Layout> layout) {
    }

    private static Optional<Layout> locateAnew(Map<String, String> names, Set<String> repeated) {
        if (Form.fields().stream().noneMatch(f -> names.containsKey(f.key()))) {
            return Optional.empty();
        }
        Map<String, CellAddress> cells = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Field field : Form.fields()) {
            Optional<CellAddress> cell = cell(names.get(field.key()));
            if (cell.isPresent()) {
                cells.put(field.key(), cell.get());
            } else {
                findings.add(missing(field, names.get(field.key())));
            }
        }
        findings.addAll(MisplacedNames.remove(cells, repeated));
        Map<MetaKey, CellAddress> meta = new EnumMap<>(MetaKey.class);
        for (MetaKey key : MetaKey.values()) {
            cell(names.get(key.key())).ifPresent(c -> meta.put(key, c));
        }
        return Optional.of(Layout.template(cells, meta, findings));
    }

    /** The single cell a defined name refers to ({@code '年报数据'!$D$12} or a one-cell range). */
    static Optional<CellAddress> cell(String refersTo) {
        if (refersTo == null || refersTo.contains("#REF!")) {
            return Optional.empty();
        }
        String ref = refersTo.strip();
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('!')) {
            Optional<CellAddress> first = parse(ref.substring(0, colon));
            Optional<CellAddress> last = first.flatMap(a -> parse(
                    "'" + a.sheet().replace("'", "''") + "'!" + ref.substring(colon + 1)));
            return last.isPresent() && last.equals(first) ? first : Optional.empty();
        }
        return parse(ref);
    }

    private static Optional<CellAddress> parse(String ref) {
        int bang = ref.lastIndexOf('!');
        long key = bang < 1 ? -1 : SheetPart.position(ref, bang + 1);
        if (key >= 0) {
            String sheet = ref.substring(0, bang);
            if (sheet.length() > 1 && sheet.startsWith("'") && sheet.endsWith("'")) {
                sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
            }
            return Optional.of(new CellAddress(sheet, Grid.row(key), Grid.column(key)));
        }
        try {
            return Optional.of(CellAddress.parse(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Finding missing(Field field, String refersTo) {
        String why = refersTo == null ? "工作簿缺少名称「" + field.key() + "」"
                : "名称「" + field.key() + "」指向的单元格已被删除或不是单个单元格（" + refersTo + "）";
        return new Finding(Code.MISSING_CELL, List.of(field.key()), null, "", "",
                field.describe() + "：找不到该单元格，" + why + "；请用最新模板重新填报，不要删除模板的行、列或名称。");
    }
}
