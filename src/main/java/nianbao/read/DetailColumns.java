package nianbao.read;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.form.ConsolidatedLayout;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Labels;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Return;

/**
 * What each column of a 明细 sheet holds, found from its row of keys and the Chinese headers above it:
 * a form key, a meta field (单位 or 填报单位, 统一社会信用代码, 年度, 填报日期, or the meta key itself in the
 * row of keys), the file or the source.
 */
final class DetailColumns {

    /** How many rows may stand above the row of keys. */
    static final int HEAD_ROWS = 20;

    private static final Map<String, MetaKey> META_HEADERS = Map.of(
            Labels.normalize(ConsolidatedLayout.AGENCY), MetaKey.AGENCY,
            Labels.normalize(MetaKey.AGENCY.label()), MetaKey.AGENCY,
            Labels.normalize(MetaKey.CREDIT_CODE.label()), MetaKey.CREDIT_CODE,
            Labels.normalize(MetaKey.YEAR.label()), MetaKey.YEAR,
            Labels.normalize(MetaKey.DATE.label()), MetaKey.DATE);
    private static final String FILE = Labels.normalize(ConsolidatedLayout.FILE);
    private static final String SOURCE = Labels.normalize(ConsolidatedLayout.SOURCE);

    private final Field[] keys;
    private final MetaKey[] meta;
    private final int file;
    private final int source;

    private DetailColumns(Field[] keys, MetaKey[] meta, int file, int source) {
        this.keys = keys;
        this.meta = meta;
        this.file = file;
        this.source = source;
    }

    /** Whether a row's texts hold a form key: the row of keys. */
    static boolean isKeyRow(String[] texts, int width) {
        for (int c = 0; c < width; c++) {
            if (texts[c] != null && Form.find(texts[c].strip()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The columns named by the row of keys and, for the others, by a known Chinese header above it. */
    static DetailColumns of(List<String[]> head, String[] keyRow) {
        Field[] keys = new Field[keyRow.length];
        MetaKey[] meta = new MetaKey[keyRow.length];
        int file = -1;
        int source = -1;
        for (int c = 0; c < keyRow.length; c++) {
            String text = keyRow[c] == null ? "" : keyRow[c].strip();
            keys[c] = Form.find(text).orElse(null);
            meta[c] = MetaKey.find(text).orElse(null);
            for (String[] row : head) {
                String h = c < row.length && row[c] != null ? Labels.normalize(row[c]) : "";
                meta[c] = meta[c] != null ? meta[c] : META_HEADERS.get(h);
                file = file < 0 && h.equals(FILE) ? c : file;
                source = source < 0 && h.equals(SOURCE) ? c : source;
            }
        }
        return new DetailColumns(keys, meta, file, source);
    }

    /** The return of one agency row: its meta fields and every key it holds a number for. */
    Return toReturn(String source, String sheet, int row, String[] texts, boolean[] numbers, int width) {
        Map<MetaKey, String> header = new EnumMap<>(MetaKey.class);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, CellAddress> cells = new LinkedHashMap<>();
        for (int c = 0; c < Math.min(width, keys.length); c++) {
            if (meta[c] != null && texts[c] != null && !texts[c].isBlank()) {
                header.put(meta[c], numbers[c] ? plain(texts[c]) : texts[c].strip());
            }
            BigDecimal value = keys[c] == null ? null : number(texts[c], numbers[c]);
            if (value != null) {
                values.put(keys[c].key(), value);
                cells.put(keys[c].key(), new CellAddress(sheet, row, c));
            }
        }
        return new Return(source, header, values, cells, List.of());
    }

    /** A number cell's text as a clerk would type it: 2024, not the 2024.0 of a legacy .xls. */
    private static String plain(String digits) {
        BigDecimal n = number(digits, true);
        return n == null ? digits.strip() : n.stripTrailingZeros().toPlainString();
    }

    /** The text of the row's 文件 column, or "". */
    String file(String[] texts, int width) {
        return text(texts, width, file);
    }

    /** The text of the row's 来源 column, or "". */
    String source(String[] texts, int width) {
        return text(texts, width, source);
    }

    private static String text(String[] texts, int width, int column) {
        return column < 0 || column >= width || texts[column] == null ? "" : texts[column].strip();
    }

    /** A number as stored: the digits of a number cell, or a text that is a plain number ("1,234"); null otherwise. */
    static BigDecimal number(String text, boolean isNumber) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(isNumber ? text.strip() : text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
