package nianbao.template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;
import nianbao.form.MetaKey;
import nianbao.model.Code;

/**
 * Writes the 填报说明 sheet: what to fill, what the colours mean, and each kind of identity of the form
 * once, with where it applies; on one printed page.
 */
final class GuideSheet {

    /** The two columns: a word (a colour, a kind of rule), then what it means. */
    private static final int WORD_WIDTH = 16;
    private static final int TEXT_WIDTH = 84;
    /** A side of a rule with more cells than this is told by its groups of rows. */
    private static final int LISTED = 8;

    private final XSSFSheet sheet;
    private final Styles styles;
    private int row;

    GuideSheet(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write() {
        sheet.setColumnWidth(0, WORD_WIDTH * 256);
        sheet.setColumnWidth(1, TEXT_WIDTH * 256);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(false);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        DataSheet.footer(sheet);
        line(styles.title, "填报说明");
        heading("一、填写什么");
        instructions().forEach(t -> line(styles.text, t));
        heading("二、颜色的含义");
        sample(styles.meta, "浅黄色", "需要填写的单元格：表头各项和各项数字。只有这些单元格可以编辑。");
        sample(styles.formula, "浅蓝色", "总计：由公式自动计算，已锁定，不能也不需要填写。");
        sample(styles.header, "灰色/白色", "表头和项目名称：已锁定。");
        sample(styles.filled(Styles.GOOD_FILL, Styles.GOOD_FONT), Formulas.BALANCED, "勾稽关系成立。");
        sample(styles.filled(Styles.BAD_FILL, Styles.BAD_FONT), Formulas.UNBALANCED.replace('\n', ' ') + "N",
                "勾稽关系不成立：第一项加第二项之和与第三项加第四项之和相差 N，请核对该列数字。");
        heading("三、勾稽关系（校验规则）");
        for (IdentityKind kind : IdentityKind.values()) {
            List<Identity> all = Form.identities().stream().filter(i -> i.kind() == kind).toList();
            sample(styles.header, Code.of(kind).title(), where(all) + "：" + describe(all.get(0)));
        }
    }

    private static List<String> instructions() {
        String status = TemplateLayout.status().topLeft().a1();
        int checkRow = TemplateLayout.checkBlock().firstRow() + 1;
        return List.of(
                "1. 在「" + TemplateLayout.SHEET + "」工作表填写本单位本年度的数字，只填浅黄色单元格，其余单元格已锁定。",
                "2. 表头填写" + String.join("、", Arrays.stream(MetaKey.values()).map(MetaKey::label).toList()) + "：",
                "    年度填四位数字，如 2024；统一社会信用代码为 18 位（可不填）；填报日期如 2025-01-15。",
                "3. 件数填 0 或正整数；行政事业性收费以万元为单位，可带小数。",
                "    没有的填 0，不要留空（留空按 0 计，校验时会提示）。",
                "4. 总计列、（七）总计行和第四部分的总计由公式自动计算，不需要填写。",
                "5. 填完后看 " + status + " 的「勾稽关系校验」：显示「" + Formulas.ALL_BALANCED + "」再报送；",
                "    显示「不平衡」时，按第 " + checkRow + " 行各列的提示核对该列数字。",
                "6. 不要插入或删除行列，不要改工作表名称，不要整表复制粘贴（会破坏锁定和数据校验）。",
                "7. 工作表已保护（默认无密码），只为防止误改公式和表头；可以调整列宽和行高。");
    }

    /** Where the identities of one kind apply: 第三部分每一行（共 25 行）, 第三部分每一列（共 7 列）, or each by name. */
    private static String where(List<Identity> identities) {
        String section = "第" + identities.get(0).anchor().section().numeral() + "部分";
        String scope = identities.get(0).scope();
        char unit = scope.charAt(scope.length() - 1);
        if (unit == '行' || unit == '列') {
            return section + "每一" + unit + "（共 " + identities.size() + " " + unit + "）";
        }
        return section + identities.stream().map(Identity::scope).collect(Collectors.joining()) + "各组";
    }

    /**
     * A rule in the form's words, without where it applies: 一、本年新收… + 二、上年结转… = (七) 总计 + 四、结转下年度继续办理;
     * a long side told by its groups of rows: (三) 不予公开的 8 项.
     */
    static String describe(Identity identity) {
        return side(identity.left(), identity) + " = " + side(identity.right(), identity);
    }

    private static String side(List<Field> fields, Identity identity) {
        boolean sameColumn = identity.left().stream().allMatch(f -> f.columnLabels().equals(identity.right().get(0).columnLabels()))
                && identity.right().stream().allMatch(f -> f.columnLabels().equals(identity.left().get(0).columnLabels()));
        if (fields.size() <= LISTED) {
            return fields.stream().map(f -> sameColumn ? f.rowLabel() : f.columnLabel()).collect(Collectors.joining(" + "));
        }
        Map<String, Long> groups = fields.stream().collect(Collectors.groupingBy(
                f -> f.rowLabels().size() > 2 ? f.rowLabels().get(1) : f.rowLabel(), LinkedHashMap::new, Collectors.counting()));
        return groups.entrySet().stream().map(g -> shortLabel(g.getKey()) + (g.getValue() > 1 ? "的 " + g.getValue() + " 项" : ""))
                .collect(Collectors.joining(" + ")) + "（共 " + fields.size() + " 项）";
    }

    /** A label without its parenthesised note: (二) 部分公开（区分处理的…） → (二) 部分公开. */
    private static String shortLabel(String label) {
        int note = label.indexOf('（');
        return note > 0 ? label.substring(0, note) : label;
    }

    private void heading(String text) {
        row++;
        line(styles.section, text);
    }

    private void line(XSSFCellStyle style, String text) {
        XSSFCell cell = cell(row, 0, style);
        cell(row, 1, style);
        cell.setCellValue(text);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, 1)); // one row each: none overlaps
        sheet.getRow(row).setHeightInPoints(height(text, WORD_WIDTH + TEXT_WIDTH));
        row++;
    }

    private void sample(XSSFCellStyle style, String word, String meaning) {
        XSSFCellStyle locked = sheet.getWorkbook().createCellStyle();
        locked.cloneStyleFrom(style);
        locked.setLocked(true);
        cell(row, 0, locked).setCellValue(word);
        cell(row, 1, styles.text).setCellValue(meaning);
        sheet.getRow(row).setHeightInPoints(height(meaning, TEXT_WIDTH));
        row++;
    }

    /** A row's height in points for a text in a column {@code width} characters wide: 20 points a line. */
    private static float height(String text, int width) {
        int columns = text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
        return (float) Math.ceil(columns / (width - 4.0)) * 18 + 2;
    }

    private XSSFCell cell(int r, int c, XSSFCellStyle style) {
        XSSFRow xr = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        XSSFCell cell = xr.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }
}
