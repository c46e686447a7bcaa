package nianbao.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import nianbao.testing.LibreOffice;
import nianbao.testing.Seeds;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code samples/returns/} and {@code samples/roster.csv}: the 2024 returns of the agencies of
 * a fictitious 湛河区, most filled into the template, a few hand-made in the official layout, one .xls,
 * some with the mistakes clerks really make. Run {@code main} from the project root to regenerate
 * (LibreOffice makes the .xls); {@code SampleDistrictTest} checks what the files say.
 */
public final class SampleDistrict {

    /** The year of every sample return. */
    public static final int YEAR = 2024;

    static final long SEED = 2024_0415L;

    /** How a sample return was made. */
    enum Source { TEMPLATE, OFFICIAL_LAYOUT, OFFICIAL_LAYOUT_FORMULAS, XLS }

    /** The mistake a sample return carries. */
    enum Mistake { NONE, BALANCE_OFF_BY_ONE, TYPED_TOTAL, TEXT_WU, BLANK, UNIT_IN_CELL, ROW_TOTAL_OFF }

    /**
     * One agency of the district.
     *
     * @param decisions licensing, penalty and coercion decisions of table 二
     * @param reviews table 四 inputs in form order (upheld, corrected, other, pending per group), may be short
     */
    record Agency(String name, String group, Source source, Mistake mistake, int applications, int[] decisions,
            String fee, int[] reviews) {

        String file() {
            return name + (source == Source.XLS ? ".xls" : ".xlsx");
        }
    }

    static final String DEPARTMENT = "本级部门";
    static final String TOWNSHIP = "乡镇街道";

    static final List<Agency> AGENCIES = List.of(
            new Agency("湛河区人民政府办公室", DEPARTMENT, Source.TEMPLATE, Mistake.NONE, 40, new int[] {0, 0, 0}, "0", new int[] {2, 1, 0, 0, 1}),
            new Agency("湛河区发展和改革委员会", DEPARTMENT, Source.TEMPLATE, Mistake.NONE, 4, new int[] {36, 2, 0}, "0", new int[] {}),
            new Agency("湛河区教育局", DEPARTMENT, Source.TEMPLATE, Mistake.NONE, 9, new int[] {58, 0, 0}, "0", new int[] {}),
            new Agency("湛河区公安分局", DEPARTMENT, Source.TEMPLATE, Mistake.BALANCE_OFF_BY_ONE, 14, new int[] {2350, 1874, 41}, "0", new int[] {1, 0, 0, 1}),
            new Agency("湛河区民政局", DEPARTMENT, Source.TEMPLATE, Mistake.NONE, 6, new int[] {12, 0, 0}, "0", new int[] {}),
            new Agency("湛河区财政局", DEPARTMENT, Source.TEMPLATE, Mistake.TYPED_TOTAL, 5, new int[] {0, 3, 0}, "0", new int[] {}),
            new Agency("湛河区人力资源和社会保障局", DEPARTMENT, Source.TEMPLATE, Mistake.NONE, 8, new int[] {146, 9, 0}, "0", new int[] {0, 1}),
            new Agency("湛河区住房和城乡建设局", DEPARTMENT, Source.TEMPLATE, Mistake.TEXT_WU, 12, new int[] {87, 15, 2}, "1.2365", new int[] {1}),
            new Agency("湛河区交通运输局", DEPARTMENT, Source.TEMPLATE, Mistake.BLANK, 3, new int[] {211, 64, 5}, "0", new int[] {}),
            new Agency("湛河区卫生健康委员会", DEPARTMENT, Source.TEMPLATE, Mistake.NONE, 5, new int[] {320, 27, 0}, "0.048", new int[] {}),
            new Agency("湛河区市场监督管理局", DEPARTMENT, Source.OFFICIAL_LAYOUT, Mistake.NONE, 10, new int[] {1268, 153, 12}, "0", new int[] {0, 0, 0, 1}),
            new Agency("湛河区应急管理局", DEPARTMENT, Source.OFFICIAL_LAYOUT_FORMULAS, Mistake.TEXT_WU, 2, new int[] {6, 11, 0}, "0", new int[] {}),
            new Agency("湛河区城市管理局", DEPARTMENT, Source.XLS, Mistake.NONE, 7, new int[] {95, 310, 18}, "0", new int[] {}),
            new Agency("曹镇乡人民政府", TOWNSHIP, Source.TEMPLATE, Mistake.NONE, 3, new int[] {0, 0, 0}, "0", new int[] {}),
            new Agency("北渡镇人民政府", TOWNSHIP, Source.TEMPLATE, Mistake.NONE, 2, new int[] {0, 4, 0}, "0", new int[] {}),
            new Agency("马庄街道办事处", TOWNSHIP, Source.OFFICIAL_LAYOUT, Mistake.ROW_TOTAL_OFF, 4, new int[] {0, 0, 0}, "0", new int[] {}),
            new Agency("河滨街道办事处", TOWNSHIP, Source.TEMPLATE, Mistake.UNIT_IN_CELL, 3, new int[] {0, 0, 0}, "0", new int[] {}),
            new Agency("九龙街道办事处", TOWNSHIP, Source.TEMPLATE, Mistake.NONE, 1, new int[] {0, 0, 0}, "0", new int[] {}));

    /** On the roster, but sent no return. */
    static final String NO_RETURN = "姚孟街道办事处";

    private SampleDistrict() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "samples"));
    }

    static void write(Path samples) throws Exception {
        Path returns = Files.createDirectories(samples.resolve("returns"));
        Random random = new Random(SEED);
        Seeds.note("SampleDistrict", SEED);
        StringBuilder roster = new StringBuilder("单位名称,统一社会信用代码,分组\n");
        for (Agency agency : AGENCIES) {
            String code = CreditCodes.next(random);
            roster.append(agency.name()).append(',').append(code).append(',').append(agency.group()).append('\n');
            Map<String, BigDecimal> inputs = SampleValues.inputs(random, agency.applications(), agency.decisions(),
                    agency.fee(), agency.reviews());
            write(returns.resolve(agency.file()), agency, meta(agency, code, random), inputs);
        }
        roster.append(NO_RETURN).append(',').append(CreditCodes.next(random)).append(',').append(TOWNSHIP).append('\n');
        Files.writeString(samples.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
    }

    private static void write(Path file, Agency agency, Map<MetaKey, String> meta, Map<String, BigDecimal> inputs) throws Exception {
        switch (agency.source()) {
            case TEMPLATE -> template(file, agency.mistake(), meta, inputs);
            case OFFICIAL_LAYOUT, OFFICIAL_LAYOUT_FORMULAS -> OfficialLayout.write(file, meta,
                    mistaken(agency.mistake(), inputs), agency.source() == Source.OFFICIAL_LAYOUT_FORMULAS);
            case XLS -> xls(file, agency.mistake(), meta, inputs);
        }
    }

    private static Map<MetaKey, String> meta(Agency agency, String code, Random random) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, agency.name());
        meta.put(MetaKey.YEAR, String.valueOf(YEAR));
        meta.put(MetaKey.CREDIT_CODE, code);
        meta.put(MetaKey.CONTACT, List.of("王丽", "李建国", "张静", "赵磊", "刘洋", "陈晓红").get(random.nextInt(6)));
        meta.put(MetaKey.PHONE, "0375-" + (2600000 + random.nextInt(99999)));
        meta.put(MetaKey.DATE, "2025-01-" + (10 + random.nextInt(15)));
        return meta;
    }

    /** A template filled in, then the clerk's mistake made on the workbook, formulas recomputed as Excel would. */
    private static void template(Path file, Mistake mistake, Map<MetaKey, String> meta, Map<String, BigDecimal> inputs)
            throws IOException {
        try (XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(meta, inputs))) {
            mistake(wb, mistake, inputs);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void mistake(Workbook wb, Mistake mistake, Map<String, BigDecimal> inputs) {
        switch (mistake) {
            case NONE -> { }
            case BALANCE_OFF_BY_ONE -> named(wb, "application.carried_forward.natural_person")
                    .setCellValue(inputs.get("application.carried_forward.natural_person").intValue() + 1);
            case TYPED_TOTAL -> {
                Cell total = named(wb, "application.new.total");
                total.removeFormula();
                total.setCellValue(sum(inputs, "application.new.") + 2);
            }
            case TEXT_WU -> named(wb, firstZero(inputs)).setCellValue("无");
            case BLANK -> named(wb, firstZero(inputs)).setBlank();
            case UNIT_IN_CELL -> named(wb, "application.new.natural_person")
                    .setCellValue(inputs.get("application.new.natural_person").intValue() + "件");
            case ROW_TOTAL_OFF -> throw new IllegalArgumentException("only hand-made copies type their totals");
        }
    }

    /** The cell contents of a hand-made copy: the values, with the mistake made. */
    private static Map<String, Object> mistaken(Mistake mistake, Map<String, BigDecimal> inputs) {
        Map<String, Object> cells = new LinkedHashMap<>(Form.withTotals(inputs));
        switch (mistake) {
            case NONE -> { }
            case TEXT_WU -> {
                cells.put("disclosure.rules.issued", "无");
                cells.put("disclosure.rules.repealed", "—");
                cells.put("disclosure.rules.in_force", "/");
            }
            case ROW_TOTAL_OFF -> cells.put("application.granted.total", ((BigDecimal) cells.get("application.granted.total")).add(BigDecimal.ONE));
            default -> throw new IllegalArgumentException("not a mistake of hand-made copies: " + mistake);
        }
        return cells;
    }

    /** The template written as .xlsx, then saved as .xls by LibreOffice. */
    private static void xls(Path file, Mistake mistake, Map<MetaKey, String> meta, Map<String, BigDecimal> inputs)
            throws Exception {
        Path tmp = Files.createTempDirectory("nianbao-xls");
        Path xlsx = tmp.resolve(file.getFileName().toString().replace(".xls", ".xlsx"));
        template(xlsx, mistake, meta, inputs);
        Path xls = LibreOffice.convert(List.of(xlsx), "xls", tmp).get(0);
        Files.move(xls, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Cell named(Workbook wb, String key) {
        Name name = wb.getName(key);
        CellReference ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The first input of the form (in printed order) whose value is 0: where a clerk leaves 无 or nothing. */
    private static String firstZero(Map<String, BigDecimal> inputs) {
        return Form.fields().stream().filter(f -> f.isInput() && inputs.get(f.key()).signum() == 0)
                .filter(f -> f.key().startsWith("application.")).findFirst().orElseThrow().key();
    }

    private static int sum(Map<String, BigDecimal> inputs, String prefix) {
        List<BigDecimal> values = new ArrayList<>();
        inputs.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                values.add(v);
            }
        });
        return values.stream().mapToInt(BigDecimal::intValue).sum();
    }
}
