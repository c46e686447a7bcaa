package nianbao.read;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.form.MetaKey;

/**
 * The header fields of a hand-made workbook: "填报单位：某局" in one cell or the label with its value in
 * the next cell; failing that, the agency and year of a title like 某局2024年政府信息公开工作年度报告.
 */
final class MetaLabels {

    private static final Pattern TITLE = Pattern.compile("(.+?)(\\d{4})年度?政府信息公开工作年度报告.*");

    private MetaLabels() {
    }

    static Map<MetaKey, String> find(List<LabelSheet> sheets) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        for (LabelSheet sheet : sheets) {
            sheet.rows().forEach((row, texts) -> texts.forEach(t -> {
                for (MetaKey key : MetaKey.values()) {
                    value(sheet, row, t, key).ifPresent(v -> meta.putIfAbsent(key, v));
                }
            }));
        }
        if (meta.containsKey(MetaKey.AGENCY) && meta.containsKey(MetaKey.YEAR)) {
            return meta;
        }
        for (LabelSheet sheet : sheets) {
            sheet.rows().values().forEach(texts -> texts.forEach(t -> title(t.written(), meta)));
        }
        return meta;
    }

    private static Optional<String> value(LabelSheet sheet, int row, LabelSheet.Text t, MetaKey key) {
        String label = LabelSheet.fold(key.label());
        if (!t.folded().startsWith(label)) {
            return Optional.empty();
        }
        String rest = t.folded().substring(label.length());
        if (!rest.isEmpty() && !rest.startsWith(":")) {
            return Optional.empty();
        }
        int colon = Math.max(t.written().indexOf('：'), t.written().indexOf(':'));
        String inCell = colon < 0 ? "" : t.written().substring(colon + 1).strip();
        return inCell.isEmpty() ? right(sheet, row, t.column()) : Optional.of(inCell);
    }

    private static Optional<String> right(LabelSheet sheet, int row, int column) {
        for (int c = column + 1; c < column + 4; c++) {
            RawCell cell = sheet.grid().at(row, c);
            if (cell.kind() == RawCell.Kind.TEXT && !cell.text().isBlank()) {
                return Optional.of(cell.text().strip());
            }
            if (cell.kind() == RawCell.Kind.NUMBER) {
                return Optional.of(CellRules.stored(cell.text()).toPlainString());
            }
        }
        return Optional.empty();
    }

    private static void title(String written, Map<MetaKey, String> meta) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = TITLE.matcher(s);
        if (m.matches()) {
            meta.putIfAbsent(MetaKey.AGENCY, m.group(1));
            meta.putIfAbsent(MetaKey.YEAR, m.group(2));
        }
    }
}
