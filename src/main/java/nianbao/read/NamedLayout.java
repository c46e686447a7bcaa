package nianbao.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.read.ooxml.SheetPart;

/** Locates the form through the template's defined names, one per key, each naming one cell. */
final class NamedLayout {

    private NamedLayout() {
    }

    /** The layout a set of defined names gives. */
    private record Located(DefinedNames names) implements LayoutCache.Key<Optional<Layout>> {
        @Override
        public int hashCode() {
            return names.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Located k && k.names.equals(names);
        }
    }

    /**
     * The layout given by a workbook's names, or empty when it carries none of the form's keys;
     * remembered in {@code cache}, since files of one template share their names.
     */
    static Optional<Layout> locate(DefinedNames names, LayoutCache cache) {
        Located key = new Located(names);
        Optional<Layout> known = cache.get(key);
        return known != null ? known : cache.put(key, locateAnew(names, cache));
    }

    private static Optional<Layout> locateAnew(DefinedNames defined, LayoutCache cache) {
        Map<String, String> names = defined.formulas();
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
        findings.addAll(MisplacedNames.remove(cells, defined.repeated()));
        Map<MetaKey, CellAddress> meta = new EnumMap<>(MetaKey.class);
        for (MetaKey key : MetaKey.values()) {
            cell(names.get(key.key())).ifPresent(c -> meta.put(key, c));
        }
        return Optional.of(Layout.template(cells, meta, findings, cache));
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
