package nianbao.read.label;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.MetaKey;
import nianbao.read.CellRules;
import nianbao.read.LayoutCache;
import nianbao.read.RawCell;

/**
 * The header fields of a hand-made workbook: "填报单位：某局" in one cell or the label with its value in
 * the next cell; failing that, the agency and year of a title like 某局2024年政府信息公开工作年度报告.
 * Plain loops over the folded texts, since this runs for every file of the label path.
 */
final class MetaLabels {

    /** What ends a title: {@code (.+?)(\d{4})年度?} before it, anything after it. */
    private static final String TITLE = Form.REPORT;

    private final MetaKey[] keys = MetaKey.values();
    /** The folded label of each key, by ordinal. */
    private final String[] labels = new String[keys.length];

    private MetaLabels(LayoutCache cache) {
        for (MetaKey key : keys) {
            labels[key.ordinal()] = LabelSheet.fold(key.label(), cache);
        }
    }

    /** The header fields the sheets label or title; the labels folded through {@code cache}. */
    static Map<MetaKey, String> find(List<LabelSheet> sheets, LayoutCache cache) {
        return new MetaLabels(cache).find(sheets);
    }

    private Map<MetaKey, String> find(List<LabelSheet> sheets) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        for (LabelSheet sheet : sheets) {
            for (Map.Entry<Integer, List<LabelSheet.Text>> row : sheet.rows().entrySet()) {
                labelled(sheet, row.getKey(), row.getValue(), meta);
            }
        }
        if (!meta.containsKey(MetaKey.AGENCY) || !meta.containsKey(MetaKey.YEAR)) {
            titles(sheets, meta);
        }
        return meta;
    }

    /** The fields the text cells of one row label (a loop of its own: C2 compiles the short loops once). */
    private void labelled(LabelSheet sheet, int row, List<LabelSheet.Text> texts, Map<MetaKey, String> meta) {
        for (int i = 0; i < texts.size(); i++) {
            labelled(sheet, row, texts.get(i), meta);
        }
    }

    /** The agency and year of the first titles found, for those not found labelled. */
    private static void titles(List<LabelSheet> sheets, Map<MetaKey, String> meta) {
        for (LabelSheet sheet : sheets) {
            for (List<LabelSheet.Text> texts : sheet.rows().values()) {
                titlesOfRow(texts, meta);
            }
        }
    }

    private static void titlesOfRow(List<LabelSheet.Text> texts, Map<MetaKey, String> meta) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).folded().contains(TITLE)) {
                title(texts.get(i).written(), meta);
            }
        }
    }

    /** The fields this text cell labels, for those not found yet. */
    private void labelled(LabelSheet sheet, int row, LabelSheet.Text t, Map<MetaKey, String> meta) {
        for (MetaKey key : keys) {
            if (!meta.containsKey(key) && t.folded().startsWith(labels[key.ordinal()])) {
                String value = value(sheet, row, t, labels[key.ordinal()]);
                if (value != null) {
                    meta.put(key, value);
                }
            }
        }
    }

    private static String value(LabelSheet sheet, int row, LabelSheet.Text t, String label) {
        String folded = t.folded();
        if (folded.length() > label.length() && folded.charAt(label.length()) != ':') {
            return null;
        }
        int colon = Math.max(t.written().indexOf('：'), t.written().indexOf(':'));
        String inCell = colon < 0 ? "" : t.written().substring(colon + 1).strip();
        return inCell.isEmpty() ? right(sheet, row, t.column()) : inCell;
    }

    private static String right(LabelSheet sheet, int row, int column) {
        for (int c = column + 1; c < column + 4; c++) {
            RawCell cell = sheet.grid().at(row, c);
            if (cell.kind() == RawCell.Kind.TEXT && !cell.text().isBlank()) {
                return cell.text().strip();
            }
            if (cell.kind() == RawCell.Kind.NUMBER) {
                return CellRules.stored(cell.text()).toPlainString();
            }
        }
        return null;
    }

    /**
     * The agency and year of a title: the text, NFKC-folded and without white space, matched as
     * {@code (.+?)(\d{4})年度?政府信息公开工作年度报告.*} would match it, without a regex.
     */
    static void title(String written, Map<MetaKey, String> meta) {
        String s = withoutSpace(Labels.nfkc(written));
        if (s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0) {
            return;
        }
        for (int i = 1; i + 5 + TITLE.length() <= s.length(); i++) {
            if (digits(s, i) && s.charAt(i + 4) == '年'
                    && (s.startsWith(TITLE, i + 5) || s.charAt(i + 5) == '度' && s.startsWith(TITLE, i + 6))) {
                meta.putIfAbsent(MetaKey.AGENCY, s.substring(0, i));
                meta.putIfAbsent(MetaKey.YEAR, s.substring(i, i + 4));
                return;
            }
        }
    }

    private static boolean digits(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The text without the characters of {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static String withoutSpace(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean space = ch == ' ' || ch >= '\t' && ch <= '\r';
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && out != null) {
                out.append(ch);
            }
        }
        return out == null ? s : out.toString();
    }
}
