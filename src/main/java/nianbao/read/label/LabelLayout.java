package nianbao.read.label;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nianbao.form.Applicant;
import nianbao.form.DisclosureItem;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.Section;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.read.Book;
import nianbao.read.Grid;
import nianbao.read.Layout;
import nianbao.read.LayoutCache;
import nianbao.read.UnreadableException;

/**
 * Locates the form in a workbook without the template's names by its printed row labels and column
 * headers, anywhere on any sheet: table 二 by item rows under their headers, table 三 by its row labels
 * under the 申请人情况 headers, table 四 by its outcome headers under their group headers.
 */
public final class LabelLayout {

    private static final int HEADER_REACH = 6;
    /** Only a layout where every cell of tables 二 and 三 was found is remembered. */
    private static final long TABLES_TWO_AND_THREE = Form.fields().stream()
            .filter(f -> f.section() != Section.REVIEW).count();

    private final List<LabelSheet> sheets;
    private final LayoutCache cache;
    /** Sized for every field of the form at once: filled for each file, it is never rehashed. */
    private final Map<String, CellAddress> cells = new HashMap<>(Form.fields().size() * 2);
    private final List<LabelMemory.Used> used = new ArrayList<>();

    private LabelLayout(List<LabelSheet> sheets, LayoutCache cache) {
        this.sheets = sheets;
        this.cache = cache;
    }

    /** The layout the printed labels of {@code book} give; what is worked out is remembered in {@code cache}. */
    public static Layout locate(String source, Book book, LayoutCache cache) throws UnreadableException {
        List<LabelSheet> sheets = new ArrayList<>();
        for (String name : book.sheetNames()) {
            Optional<Grid> grid = book.sheet(name);
            if (grid.isPresent()) {
                sheets.add(new LabelSheet(grid.get(), cache));
            }
        }
        LabelLayout l = new LabelLayout(sheets, cache);
        l.tables();
        new ReviewLabels(l.cells, cache).locate(sheets);
        if (l.cells.isEmpty()) {
            throw new UnreadableException(source + "：工作簿中找不到年报表格（既没有模板的名称，也没有官方表式的行列标签）；"
                    + "请使用 nianbao 模板或官方表式填报");
        }
        Map<MetaKey, String> meta = MetaLabels.find(sheets, cache);
        return new Layout(l.cells, new EnumMap<>(MetaKey.class), meta, l.missing(), false, Map.of());
    }

    /**
     * Tables 二 and 三: remembered from an earlier file whose matched label cells this file holds at the
     * same places, else searched (and remembered when complete).
     */
    private void tables() {
        Optional<Map<String, CellAddress>> known = LabelMemory.recall(sheets, cache);
        if (known.isPresent()) {
            cells.putAll(known.get());
            return;
        }
        disclosure();
        matrix();
        if (cells.size() < TABLES_TWO_AND_THREE) {
            return;
        }
        LabelMemory.remember(new LabelMemory.Entry(sheets.stream().map(s -> s.grid().name()).toList(),
                List.copyOf(used), Map.copyOf(cells)), cache);
    }

    /** {@link LabelSheet#findRow}, the label cells of the row found noted as used. */
    private OptionalInt row(LabelSheet sheet, String label, int from) {
        OptionalInt row = sheet.findRow(label, from);
        if (row.isPresent()) {
            int index = sheets.indexOf(sheet);
            sheet.rows().get(row.getAsInt()).forEach(t ->
                    used.add(new LabelMemory.Used(index, row.getAsInt(), t.column(), t.folded())));
        }
        return row;
    }

    /** {@link LabelSheet#findHeader}, the header cell found noted as used. */
    private Optional<LabelSheet.Hit> header(LabelSheet sheet, List<String> path, int top, int bottom) {
        Optional<LabelSheet.Hit> hit = sheet.findHeader(path, top, bottom);
        hit.ifPresent(h -> used.add(new LabelMemory.Used(sheets.indexOf(sheet), h.row(), h.column(),
                sheet.foldedAt(h.row(), h.column()))));
        return hit;
    }

    private void disclosure() {
        for (DisclosureItem item : DisclosureItem.values()) {
            for (LabelSheet sheet : sheets) {
                if (disclosure(sheet, item)) {
                    break;
                }
            }
        }
    }

    private boolean disclosure(LabelSheet sheet, DisclosureItem item) {
        for (OptionalInt row = row(sheet, item.label(), 0); row.isPresent();
             row = row(sheet, item.label(), row.getAsInt() + 1)) {
            int r = row.getAsInt();
            List<Optional<LabelSheet.Hit>> headers = item.group().columnLabels().stream()
                    .map(label -> header(sheet, List.of(label), r - HEADER_REACH, r - 1)).toList();
            if (headers.stream().allMatch(Optional::isPresent)) {
                for (int c = 0; c < headers.size(); c++) {
                    put(Form.disclosure(item, item.columnKeys().get(c)), sheet, r, headers.get(c).get().column());
                }
                return true;
            }
        }
        return false;
    }

    private void matrix() {
        for (LabelSheet sheet : sheets) {
            OptionalInt first = row(sheet, MatrixRow.NEW.label(), 0);
            Optional<LabelSheet.Hit> anchor = first.isEmpty() ? Optional.empty()
                    : header(sheet, Applicant.NATURAL_PERSON.labels(), first.getAsInt() - HEADER_REACH, first.getAsInt() - 1);
            if (anchor.isPresent()) {
                matrix(sheet, anchor.get().row(), first.getAsInt());
                return;
            }
        }
    }

    private void matrix(LabelSheet sheet, int headerRow, int firstRow) {
        Map<Applicant, Integer> columns = new EnumMap<>(Applicant.class);
        for (Applicant a : Applicant.values()) {
            header(sheet, a.labels(), headerRow - HEADER_REACH, firstRow - 1).ifPresent(h -> columns.put(a, h.column()));
        }
        int from = firstRow;
        for (MatrixRow row : MatrixRow.values()) {
            OptionalInt r = row(sheet, row.label(), from);
            if (r.isEmpty()) {
                r = row(sheet, row.label(), firstRow);
            }
            if (r.isPresent()) {
                from = r.getAsInt() + 1;
                int at = r.getAsInt();
                columns.forEach((a, c) -> put(Form.matrix(row, a), sheet, at, c));
            }
        }
    }

    private void put(Field field, LabelSheet sheet, int row, int column) {
        cells.putIfAbsent(field.key(), sheet.grid().address(row, column));
    }

    private List<Finding> missing() {
        List<Finding> findings = new ArrayList<>();
        for (Field f : Form.fields()) {
            if (!cells.containsKey(f.key())) {
                findings.add(new Finding(Code.MISSING_CELL, List.of(f.key()), null, "", "", f.describe()
                        + "：在工作簿中找不到该单元格（没有找到对应的行标签或列标题）；请按官方表式填写，或使用 nianbao 模板。"));
            }
        }
        return findings;
    }
}
