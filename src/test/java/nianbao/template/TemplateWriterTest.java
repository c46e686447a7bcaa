package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ValueType;
import nianbao.model.CellAddress;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateWriterTest {

    static byte[] xlsx;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;
    static Map<String, String> xml;

    @BeforeAll
    static void writeTheBlankTemplate() throws Exception {
        try (XSSFWorkbook written = new TemplateWriter().workbook(Filling.header("湛河区信访局", 2024))) {
            xlsx = Fixtures.bytes(written);
        }
        wb = Fixtures.open(xlsx);
        sheet = wb.getSheet(TemplateLayout.SHEET);
        xml = Fixtures.sheetXml(xlsx);
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    static Stream<String> names() {
        return Stream.concat(Form.fields().stream().map(Field::key), Stream.of(MetaKey.values()).map(MetaKey::key));
    }

    static Stream<Field> inputs() {
        return Form.fields().stream().filter(Field::isInput);
    }

    static Stream<Field> formulas() {
        return Form.fields().stream().filter(Field::isFormula);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyKeyHasItsDefinedNameAtTheLayoutCell(String key) {
        CellAddress expected = Form.find(key).map(TemplateLayout::cell)
                .orElseGet(() -> TemplateLayout.cell(MetaKey.find(key).orElseThrow()));
        assertThat(wb.getName(key)).as(key).isNotNull();
        assertThat(CellAddress.parse(wb.getName(key).getRefersToFormula())).as(key).isEqualTo(expected);
        assertThat(wb.getName(key).getSheetIndex()).as("workbook-level").isEqualTo(-1);
    }

    @Test
    void hasExactlyTheTwoHundredAndSixNames() {
        assertThat(wb.getAllNames()).filteredOn(n -> !n.getNameName().startsWith("_xlnm"))
                .hasSize(206);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyInputIsUnlockedBlankAndValidated(Field field) {
        XSSFCell cell = Fixtures.cell(wb, TemplateLayout.cell(field));
        assertThat(cell.getCellStyle().getLocked()).as(field.key()).isFalse();
        assertThat(cell.getCellType()).as(field.key()).isEqualTo(CellType.BLANK);
        DataValidation v = validationAt(TemplateLayout.cell(field));
        int type = field.type() == ValueType.COUNT ? ValidationType.INTEGER : ValidationType.DECIMAL;
        assertThat(v.getValidationConstraint().getValidationType()).as(field.key()).isEqualTo(type);
        assertThat(v.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(v.getShowErrorBox()).isTrue();
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(v.getErrorBoxText()).contains("请填写");
        assertThat(v.getPromptBoxText()).contains("请填写");
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void everyTotalIsALockedSumOfItsInputsWithACachedValue(Field field) {
        CellAddress at = TemplateLayout.cell(field);
        XSSFCell cell = Fixtures.cell(wb, at);
        assertThat(cell.getCellStyle().getLocked()).as(field.key()).isTrue();
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        List<String> expected = Form.formulaInputs(field).stream().map(f -> TemplateLayout.cell(f).a1()).toList();
        assertThat(Fixtures.sumArguments(cell.getCellFormula())).as(field.key()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(xml.get(at.a1())).as("XML of " + at).contains("<f>").containsPattern("<v>0(\\.0)?</v>");
        assertThat(validationOrNull(at)).as("no validation on a formula").isNull();
    }

    @Test
    void checkBlockAndStatusAreLockedFormulasShowingBalanced() {
        for (Identity b : Formulas.balances()) {
            XSSFCell cell = Fixtures.cell(wb, TemplateLayout.check(b).topLeft());
            assertThat(cell.getCellFormula()).as(b.scope()).startsWith("IF(");
            assertThat(cell.getStringCellValue()).isEqualTo("平衡");
            assertThat(cell.getCellStyle().getLocked()).isTrue();
            assertThat(xml.get(TemplateLayout.check(b).topLeft().a1())).contains("<v>平衡</v>");
        }
        XSSFCell status = Fixtures.cell(wb, TemplateLayout.status().topLeft());
        assertThat(status.getStringCellValue()).isEqualTo("全部平衡");
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(2);
    }

    @Test
    void labelsAreLockedTextsWithTheirMergedRegions() {
        for (TemplateLayout.Label label : TemplateLayout.labels()) {
            XSSFCell cell = Fixtures.cell(wb, label.region().topLeft());
            assertThat(cell.getStringCellValue()).as(label.region().topLeft().toString()).isEqualTo(label.text());
            assertThat(cell.getCellStyle().getLocked()).isTrue();
        }
        long merged = TemplateLayout.labels().stream().filter(l -> !l.region().isSingleCell()).count()
                + Form.fields().stream().filter(f -> !TemplateLayout.region(f).isSingleCell()).count()
                + MetaKey.values().length + 1;
        assertThat(sheet.getNumMergedRegions()).isEqualTo((int) merged);
    }

    @Test
    void headerIsPrefilledAndTextFormattedButTheYearANumberAndTheDateADate() {
        assertThat(Fixtures.named(wb, "meta.agency").getStringCellValue()).isEqualTo("湛河区信访局");
        assertThat(Fixtures.named(wb, "meta.year").getStringCellValue()).isEqualTo("2024");
        Map<MetaKey, String> formats = Map.of(MetaKey.YEAR, "General", MetaKey.DATE, "yyyy-mm-dd");
        for (MetaKey m : MetaKey.values()) {
            XSSFCell cell = Fixtures.cell(wb, TemplateLayout.cell(m));
            assertThat(cell.getCellStyle().getLocked()).as(m.key()).isFalse();
            assertThat(cell.getCellStyle().getDataFormatString()).as(m.key()).isEqualTo(formats.getOrDefault(m, "@"));
        }
    }

    @Test
    void theYearMustBeAWholeNumberFrom2000To2100WithAChinesePrompt() {
        DataValidation v = validationAt(TemplateLayout.cell(MetaKey.YEAR));
        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(v.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
        assertThat(List.of(v.getValidationConstraint().getFormula1(), v.getValidationConstraint().getFormula2())).containsExactly("2000", "2100");
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(v.getErrorBoxText()).contains("2000", "2100").containsPattern("\\p{IsHan}");
        assertThat(v.getPromptBoxText()).contains("年度");
    }

    @Test
    void theFilingDateMustBeADateWithAChinesePrompt() {
        DataValidation v = validationAt(TemplateLayout.cell(MetaKey.DATE));
        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(v.getPromptBoxTitle()).isEqualTo(MetaKey.DATE.label());
        assertThat(v.getPromptBoxText()).contains("2025-01-15");
    }

    @Test
    void countCellsShowWhatIsTypedInSoThatAPasted3Point5Shows3Point5() {
        for (Field f : Form.fields()) {
            XSSFCell cell = Fixtures.cell(wb, TemplateLayout.cell(f));
            assertThat(cell.getCellStyle().getDataFormatString()).as(f.key()).isEqualTo("General");
        }
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatRawCellContents(3.5, 0, "General")).isEqualTo("3.5");
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatRawCellContents(12, 0, "General")).isEqualTo("12");
    }

    @Test
    void sheetsAndStructureAreProtectedWithoutPassword() {
        assertThat(sheet.getProtect()).isTrue();
        assertThat(wb.getSheet(TemplateLayout.GUIDE_SHEET).getProtect()).isTrue();
        assertThat(wb.isStructureLocked()).isTrue();
        assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
        assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
    }

    @Test
    void passwordIsStoredAsASha512Hash() throws Exception {
        try (XSSFWorkbook protectedWb = Fixtures.open(Fixtures.bytes(new TemplateWriter("秘密pw").workbook(Filling.blank())))) {
            XSSFSheet s = protectedWb.getSheet(TemplateLayout.SHEET);
            assertThat(s.getCTWorksheet().getSheetProtection().getAlgorithmName()).isEqualTo("SHA-512");
            assertThat(s.validateSheetPassword("秘密pw")).isTrue();
            assertThat(s.validateSheetPassword("wrong")).isFalse();
            assertThat(protectedWb.validateWorkbookPassword("秘密pw")).isTrue();
        }
    }

    @Test
    void recordsVersionsAndPrintSetup() {
        var custom = wb.getProperties().getCustomProperties();
        assertThat(custom.getProperty(TemplateWriter.FORM_VERSION_PROPERTY).getLpwstr()).isEqualTo(Form.VERSION);
        assertThat(custom.getProperty(TemplateWriter.TEMPLATE_VERSION_PROPERTY).getLpwstr()).isEqualTo(TemplateLayout.VERSION);
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:" + TemplateLayout.headerRows());
        assertThat(wb.getPrintArea(0)).endsWith("$A$1:$O$" + (TemplateLayout.lastRow() + 1));
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) TemplateLayout.headerRows());
    }

    @Test
    void guideStatesEachKindOfIdentityOnceWithWhereItApplies() {
        List<String> texts = new ArrayList<>();
        wb.getSheet(TemplateLayout.GUIDE_SHEET).forEach(r -> r.forEach(c -> texts.add(c.getStringCellValue())));
        for (Identity i : Form.identities()) {
            assertThat(texts).as(i.scope()).anySatisfy(t -> assertThat(t).endsWith("：" + GuideSheet.describe(i)));
        }
        assertThat(texts.stream().filter(t -> t.contains(" = "))).hasSize(nianbao.form.IdentityKind.values().length);
        assertThat(texts).contains("浅黄色", "浅蓝色", "平衡").noneMatch(t -> t.strip().equals("。"));
    }

    @Test
    void fastexcelReaderReadsWhatPoiReads() throws Exception {
        try (ReadableWorkbook fx = new ReadableWorkbook(Fixtures.stream(xlsx))) {
            assertThat(fx.getSheets().map(s -> s.getName()).toList()).containsExactly("年报数据", "填报说明");
            List<Row> rows = fx.getFirstSheet().read();
            assertThat(rows).hasSizeGreaterThan(TemplateLayout.lastRow() - 5);
            for (Row row : rows) {
                row.stream().filter(c -> c != null).forEach(c -> {
                    XSSFCell poi = sheet.getRow(c.getAddress().getRow()).getCell(c.getAddress().getColumn());
                    String poiText = poi.getCellType() == CellType.FORMULA
                            ? (poi.getCachedFormulaResultType() == CellType.STRING ? poi.getStringCellValue() : "0")
                            : poi.toString();
                    String fxText = c.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA
                            ? c.getRawValue() : c.getText();
                    assertThat(fxText == null ? "" : fxText.replace(".0", "")).as(c.getAddress().toString()).isEqualTo(poiText);
                });
            }
        }
    }

    @Test
    void filledValuesGiveCachedTotalsAndChecksThatPoiRecomputesAlike() throws Exception {
        long seed = Seeds.take("filledValues", new Random().nextLong());
        Random random = new Random(seed);
        Map<String, BigDecimal> values = new HashMap<>();
        inputs().forEach(f -> values.put(f.key(), BigDecimal.valueOf(random.nextInt(30))));
        values.put("disclosure.fees.amount", new BigDecimal("12.345678"));
        try (XSSFWorkbook filled = Fixtures.open(Fixtures.bytes(new TemplateWriter().workbook(Filling.blank().withValues(values))))) {
            Map<CellAddress, String> cached = formulaTexts(filled);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(filled);
            assertThat(formulaTexts(filled)).as("seed " + seed).isEqualTo(cached);
            assertThat(Fixtures.named(filled, "disclosure.fees.amount").getNumericCellValue()).isEqualTo(12.345678);
            Field corner = Form.matrix(MatrixRow.TOTAL, Applicant.TOTAL);
            BigDecimal sum = values.entrySet().stream().filter(e -> e.getKey().startsWith("application.") && !e.getKey().startsWith("application.new.")
                    && !e.getKey().startsWith("application.carried_")).map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(Fixtures.cell(filled, TemplateLayout.cell(corner)).getNumericCellValue()).isEqualTo(sum.doubleValue());
        }
    }

    @Test
    void aColumnCarryingTooMuchForwardShowsUnbalancedWithItsDifference() {
        Map<String, BigDecimal> values = Map.of(
                "application.new.business", BigDecimal.valueOf(3),
                "application.granted.business", BigDecimal.valueOf(2),
                "application.carried_forward.business", BigDecimal.valueOf(4));
        Map<String, BigDecimal> all = new HashMap<>(values);
        Identity business = Formulas.balances().get(Applicant.BUSINESS.ordinal());
        assertThat(Formulas.checkValue(business, all)).isEqualTo("不平衡\n相差 3");
        assertThat(Formulas.checkValue(Formulas.balances().get(0), all)).isEqualTo("平衡");
        assertThat(Formulas.statusValue(all)).isEqualTo("不平衡：2列，见第" + (TemplateLayout.checkBlock().firstRow() + 1) + "行");
    }

    private static Map<CellAddress, String> formulaTexts(XSSFWorkbook w) {
        Map<CellAddress, String> texts = new HashMap<>();
        XSSFSheet s = w.getSheet(TemplateLayout.SHEET);
        s.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.FORMULA) {
                texts.put(new CellAddress(TemplateLayout.SHEET, c.getRowIndex(), c.getColumnIndex()),
                        c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue() : String.valueOf(c.getNumericCellValue()));
            }
        }));
        return texts;
    }

    private static DataValidation validationAt(CellAddress a) {
        DataValidation v = validationOrNull(a);
        assertThat(v).as("validation at " + a).isNotNull();
        return v;
    }

    private static DataValidation validationOrNull(CellAddress a) {
        return sheet.getDataValidations().stream()
                .filter(v -> Stream.of(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(a.row(), a.column())))
                .findFirst().orElse(null);
    }
}
