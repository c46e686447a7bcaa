package nianbao.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.CellAddress;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.formula.Evaluator;
import nianbao.read.formula.Formula;

/** Turns a located {@link Layout} of a {@link Book} into a {@link Return}: values, meta and cell findings. */
final class ReturnBuilder {

    /** How many fields {@link #readRun} reads per call. */
    private static final int RUN = 40;

    private final Book book;
    private final Layout layout;
    private final Evaluator evaluator;
    /** Sized for every field of the form at once: filled for each file, it is never rehashed. */
    private final Map<String, BigDecimal> values = new HashMap<>(Form.fields().size() * 2);
    private final List<Finding> findings = new ArrayList<>();
    /** The cells the form's formulas of this return sum over, worked out when a text cell first asks. */
    private Set<CellAddress> summed;
    private int blankInputs;

    private ReturnBuilder(Book book, Layout layout, LayoutCache cache) {
        this.book = book;
        this.layout = layout;
        this.evaluator = new Evaluator(book, book.names()::cell, cache);
    }

    static Return build(String source, Book book, Layout layout, LayoutCache cache) throws UnreadableException {
        return build(source, book, layout, cache, true);
    }

    /**
     * Builds a return; with {@code quick}, plain cells are read by {@link PlainCells}, and only the others
     * carefully (without, every cell is: the reference the quick path is tested equal to).
     */
    static Return build(String source, Book book, Layout layout, LayoutCache cache, boolean quick) throws UnreadableException {
        ReturnBuilder b = new ReturnBuilder(book, layout, cache);
        b.findings.addAll(layout.findings());
        b.readFields(quick ? PlainCells.of(book, plan(layout, cache)) : null);
        boolean empty = b.isEmpty();
        if (empty) {
            b.findings.removeIf(f -> f.code() == Code.BLANK);
            b.findings.add(emptyReturn(b.blankInputs));
        }
        Map<MetaKey, String> meta = b.meta();
        if (!empty) {
            b.checkMeta(meta);
        }
        return new Return(source, meta, b.values, layout.cells(), b.findings);
    }

    /** Whether every input cell located is blank: a template sent back unfilled. */
    private boolean isEmpty() {
        if (blankInputs == 0) {
            return false;
        }
        int located = 0;
        for (Field field : Form.fields()) {
            located += field.isInput() && layout.cells().containsKey(field.key()) ? 1 : 0;
        }
        return blankInputs == located;
    }

    private static Finding emptyReturn(int cells) {
        return new Finding(Code.EMPTY_RETURN, List.of(), null, "", "",
                "报表没有填写任何数字（" + cells + " 个填报单元格全部为空），像是把空白模板原样报回；请填写后重新报送，"
                        + "确实没有的项目填数字 0。本表不计入汇总，也不算已报送。");
    }

    /** 填报单位 and 年度 must be stated, or the return cannot be told apart or matched to a roster. */
    private void checkMeta(Map<MetaKey, String> meta) {
        String agency = meta.getOrDefault(MetaKey.AGENCY, "").strip();
        if (agency.isEmpty()) {
            findings.add(new Finding(Code.MISSING_CELL, List.of(MetaKey.AGENCY.key()), layout.metaCells().get(MetaKey.AGENCY),
                    "单位全称", "", "填报单位为空：没有填报单位，就无法对照名册、识别重复报送；请填写单位全称后重新报送。"));
        }
        String year = meta.getOrDefault(MetaKey.YEAR, "").strip();
        CellAddress yearCell = layout.metaCells().get(MetaKey.YEAR);
        if (year.isEmpty()) {
            findings.add(new Finding(Code.MISSING_CELL, List.of(MetaKey.YEAR.key()), yearCell, "四位数字的年度", "",
                    "年度为空：不知道是哪一年的报表，就无法汇总和对照名册；请填写四位数字的年度（如 2024）后重新报送。"));
        } else if (Return.parseYear(year).isEmpty()) {
            findings.add(new Finding(Code.NOT_A_NUMBER, List.of(MetaKey.YEAR.key()), yearCell, "四位数字的年度", year,
                    "年度「" + year + "」不是年份；请填写四位数字的年度（如 2024）后重新报送。"));
        }
    }

    /**
     * Reads every field located, in runs of {@link #RUN} fields: loops this short per call are compiled
     * by C2 once, where one loop over the whole form was compiled on its stack first and then again.
     */
    private void readFields(PlainCells plain) throws UnreadableException {
        int size = Form.fields().size();
        for (int from = 0; from < size; from += RUN) {
            readRun(plain, from, Math.min(size, from + RUN));
        }
    }

    /** Reads the fields at form positions {@code [from, to)}: quickly when a cell is plain, else carefully. */
    private void readRun(PlainCells plain, int from, int to) throws UnreadableException {
        List<Field> fields = Form.fields();
        for (int i = from; i < to; i++) {
            long value = plain == null ? PlainCells.NONE : plain.value(i);
            if (value != PlainCells.NONE) {
                values.put(fields.get(i).key(), BigDecimal.valueOf(value));
            } else {
                readCarefully(fields.get(i));
            }
        }
    }

    private void readCarefully(Field field) throws UnreadableException {
        CellAddress at = layout.cells().get(field.key());
        if (at != null) {
            read(field, at);
        }
    }

    /** A template layout's plan, worked out once; a label layout's, shared with recent files of the same cells. */
    private static TemplatePlan plan(Layout layout, LayoutCache cache) {
        return layout.plan() != null ? layout.plan() : TemplatePlan.ofLabels(layout.cells(), cache);
    }

    private void read(Field field, CellAddress at) throws UnreadableException {
        RawCell raw = cellAt(at);
        RawCell shown = shown(field, at, raw);
        CellRules.Reading reading = CellRules.read(field, at, shown, context(field, at, shown));
        reading.value().ifPresent(v -> values.put(field.key(), v));
        findings.addAll(reading.findings());
        if (field.isInput() && !reading.findings().isEmpty() && reading.findings().get(0).code() == Code.BLANK) {
            blankInputs++;
        }
        Optional<Formula> formula = raw.hasFormula() ? evaluator.parse(raw.formula(), at.sheet()) : Optional.empty();
        if (layout.template() && field.isFormula()) {
            checkTemplateFormula(field, at, raw, formula);
        }
        if (formula.isPresent() && raw.kind() == RawCell.Kind.NUMBER) {
            checkStale(field, at, raw, formula.get());
        }
    }

    /** What the cell rules need to know of a cell's place: whether a formula sums over it, its template formula. */
    private CellRules.Context context(Field field, CellAddress at, RawCell shown) throws UnreadableException {
        String templateFormula = layout.template() && field.isFormula() ? layout.sums().get(field.key()) : null;
        boolean isSummed = shown.kind() == RawCell.Kind.TEXT && summedCells().contains(at);
        return templateFormula == null && !isSummed ? CellRules.Context.PLAIN : new CellRules.Context(isSummed, templateFormula);
    }

    /** The cells that the formulas in the form's formula cells of this return sum over. */
    private Set<CellAddress> summedCells() throws UnreadableException {
        if (summed == null) {
            summed = new HashSet<>();
            for (Field total : Form.fields()) {
                CellAddress at = total.isFormula() ? layout.cells().get(total.key()) : null;
                RawCell raw = at == null ? RawCell.EMPTY : cellAt(at);
                if (raw.hasFormula()) {
                    evaluator.parse(raw.formula(), at.sheet()).ifPresent(f -> f.terms().forEach(t -> summed.add(t.cell())));
                }
            }
        }
        return summed;
    }

    private RawCell cellAt(CellAddress at) throws UnreadableException {
        return book.sheet(at.sheet()).map(g -> g.at(at.row(), at.column())).orElse(RawCell.EMPTY);
    }

    /** The value a reader sees: the cached one, else computed from the formula's inputs. */
    private RawCell shown(Field field, CellAddress at, RawCell raw) throws UnreadableException {
        if (!raw.lacksCachedValue()) {
            return raw;
        }
        Optional<BigDecimal> v = evaluator.compute(raw.formula(), at.sheet());
        if (v.isEmpty() && field.isFormula()) {
            v = sumOfInputs(field);
        }
        return v.map(x -> raw.withValue(x.toPlainString()))
                .orElseGet(() -> new RawCell(RawCell.Kind.TEXT, "=" + raw.formula(), raw.formula()));
    }

    private Optional<BigDecimal> sumOfInputs(Field field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Field input : Form.formulaInputs(field)) {
            BigDecimal v = values.get(input.key());
            if (v == null) {
                return Optional.empty();
            }
            sum = sum.add(v);
        }
        return Optional.of(sum);
    }

    private void checkTemplateFormula(Field field, CellAddress at, RawCell raw, Optional<Formula> formula) {
        String template = layout.sums().get(field.key());
        if (template == null || raw.hasFormula() && raw.formula().equals(template)) {
            return;
        }
        if (!raw.hasFormula()) {
            String typed = raw.kind() == RawCell.Kind.NUMBER ? CellRules.stored(raw.text()).toPlainString() : raw.text();
            findings.add(new Finding(Code.FORMULA_REPLACED, List.of(field.key()), at, "=" + template, typed,
                    field.describe() + "（" + at + "）原为自动求和公式 =" + template + "，现被改为数值「" + typed
                            + "」；请恢复模板公式，合计由公式自动计算。"));
            return;
        }
        List<CellAddress> inputs = Form.formulaInputs(field).stream().map(f -> layout.cells().get(f.key())).toList();
        boolean same = formula.isPresent() && formula.get().isPlainSum()
                && formula.get().cells().size() == inputs.size()
                && new HashSet<>(formula.get().cells()).equals(new HashSet<>(inputs));
        if (!same) {
            findings.add(new Finding(Code.FORMULA_ALTERED, List.of(field.key()), at, "=" + template, "=" + raw.formula(),
                    field.describe() + "（" + at + "）的公式被改为 =" + raw.formula() + "，模板公式是 =" + template
                            + "；请恢复模板公式。"));
        }
    }

    private void checkStale(Field field, CellAddress at, RawCell raw, Formula formula) throws UnreadableException {
        Optional<BigDecimal> computed = evaluator.compute(formula);
        BigDecimal cached = CellRules.stored(raw.text());
        if (computed.isPresent() && CellRules.stored(computed.get().toPlainString()).compareTo(cached) != 0) {
            String expected = computed.get().stripTrailingZeros().toPlainString();
            findings.add(new Finding(Code.STALE_FORMULA, List.of(field.key()), at, expected, cached.toPlainString(),
                    field.describe() + "（" + at + "）公式显示 " + cached.toPlainString() + "，但按其引用的单元格计算应为 "
                            + expected + "；请在 Excel 或 WPS 中重新计算（F9）后保存再提交。"));
        }
    }

    private Map<MetaKey, String> meta() throws UnreadableException {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        for (Map.Entry<MetaKey, CellAddress> e : layout.metaCells().entrySet()) {
            metaText(e.getKey(), cellAt(e.getValue())).ifPresent(t -> meta.put(e.getKey(), t));
        }
        layout.metaTexts().forEach(meta::putIfAbsent);
        return meta;
    }

    private static Optional<String> metaText(MetaKey key, RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> Optional.of(cell.text().strip()).filter(s -> !s.isEmpty());
            case NUMBER -> Optional.of(key == MetaKey.DATE ? date(cell.text()) : CellRules.stored(cell.text()).toPlainString());
            default -> Optional.empty();
        };
    }

    /** A date cell's serial number (days since 1899-12-30) as an ISO date. */
    private static String date(String serial) {
        BigDecimal days = CellRules.stored(serial);
        if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return days.toPlainString();
        }
        return LocalDate.of(1899, 12, 30).plusDays(days.longValue()).toString();
    }
}
