package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.testing.Seeds;
import nianbao.verify.BalancedReturns;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, point 1: a consolidated workbook given to consolidate is a sub-summary whose members are the
 * rows of its 明细, and no agency is ever counted twice, whatever the nesting. Each case builds its
 * sub-summaries with the CLI from the sample returns.
 */
class NestedSummariesTest {

    static final Path SAMPLES = Path.of("samples/returns");
    static final long SEED = Seeds.property(12);
    static final String JIULONG = "九龙街道办事处.xlsx";
    static final String BEIDU = "北渡镇人民政府.xlsx";
    static final String EDUCATION = "湛河区教育局.xlsx";
    static final String CIVIL = "湛河区民政局.xlsx";
    static final String CAOZHEN = "曹镇乡人民政府.xlsx";
    static final String TRANSPORT = "湛河区交通运输局.xlsx";

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void streams() {
        out = new StringWriter();
        err = new StringWriter();
    }

    @Test
    void aSubSummaryGivenWithOneOfItsOwnReturnsCountsThatAgencyOnce() throws Exception {
        Path towns = consolidated(dir.resolve("乡镇小计.xlsx"), null, copy("a", JIULONG, BEIDU, EDUCATION));
        Path folder = copy("b", JIULONG, CIVIL);
        Files.copy(towns, folder.resolve("乡镇小计.xlsx"));
        Path target = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("汇总.json");

        int status = consolidate(folder.toString(), "-o", target.toString(), "--json", json.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.OK);
        assertTotals(target, sum(JIULONG, BEIDU, EDUCATION, CIVIL));
        JsonNode overlap = onlyOverlapOf(json, "九龙街道办事处");
        assertThat(overlap.get("message").asText()).contains(folder.resolve(JIULONG).toString(),
                folder.resolve("乡镇小计.xlsx") + "（明细第 4 行）", "为准");
        assertThat(out.toString()).contains("重复计入：1 个单位", "九龙街道办事处", "已汇总 4 份报表");
        accountsForEveryFileAndMember(target, json, List.of(folder.resolve(JIULONG), folder.resolve(CIVIL),
                folder.resolve("乡镇小计.xlsx")), 3);
    }

    @Test
    void aDistrictSummaryGivenWithOneOfItsOwnSubSummariesCountsEachAgencyOnce() throws Exception {
        Path towns = consolidated(dir.resolve("乡镇小计.xlsx"), "乡镇小计", copy("a", JIULONG, BEIDU, EDUCATION));
        Path district = copy("district", CAOZHEN, TRANSPORT, CIVIL);
        Files.copy(towns, district.resolve("乡镇小计.xlsx"));
        Path whole = consolidated(dir.resolve("全区.xlsx"), "湛河区（全区汇总）", district);
        assertThat(detail(whole)).extracting(row -> row.get(0)).containsExactlyInAnyOrder(
                "九龙街道办事处", "北渡镇人民政府", "湛河区教育局", "曹镇乡人民政府", "湛河区交通运输局", "湛河区民政局");
        Path target = dir.resolve("市.xlsx");
        Path json = dir.resolve("市.json");

        int status = consolidate(whole.toString(), towns.toString(), "-o", target.toString(), "--json", json.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.OK);
        assertTotals(target, sum(JIULONG, BEIDU, EDUCATION, CAOZHEN, TRANSPORT, CIVIL));
        assertTotals(target, values(whole));
        for (String agency : List.of("九龙街道办事处", "北渡镇人民政府", "湛河区教育局")) {
            assertThat(onlyOverlapOf(json, agency).get("message").asText()).contains(whole.toString(), towns.toString());
        }
        accountsForEveryFileAndMember(target, json, List.of(whole, towns), 9);
    }

    @Test
    void theEarlierOutputLeftInTheInputFolderIsNotReadAgain() throws Exception {
        Path folder = copy("D", JIULONG, BEIDU, EDUCATION, CIVIL);
        Path target = folder.resolve("汇总.xlsx");
        Map<String, BigDecimal> four = sum(JIULONG, BEIDU, EDUCATION, CIVIL);
        assertThat(consolidate(folder.toString(), "-o", target.toString())).as(out + "\n" + err).isEqualTo(Main.OK);
        byte[] first = Files.readAllBytes(target);

        assertThat(consolidate(folder.toString(), "-o", target.toString())).as("without --force").isEqualTo(Main.USAGE);
        assertThat(Files.readAllBytes(target)).isEqualTo(first);
        Path json = dir.resolve("again.json");
        int again = consolidate(folder.toString(), "-o", target.toString(), "--force", "--json", json.toString());

        assertThat(again).as(out + "\n" + err).isEqualTo(Main.OK);
        assertTotals(target, four);
        JsonNode earlier = entry(json, target.toString());
        assertThat(earlier.get("status").asText()).isEqualTo("skipped");
        assertThat(earlier.get("reason").asText()).contains("输出文件");
        assertThat(receipt(target)).contains(target.toString());
    }

    @Test
    void anEarlierOutputReadUnderAnotherNameIsASubSummaryAndCountsNothingTwice() throws Exception {
        Path folder = copy("D", JIULONG, BEIDU, EDUCATION, CIVIL);
        consolidate(folder.toString(), "-o", folder.resolve("汇总.xlsx").toString());
        Path target = folder.resolve("汇总（第二次）.xlsx");

        int status = consolidate(folder.toString(), "-o", target.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.OK);
        assertTotals(target, sum(JIULONG, BEIDU, EDUCATION, CIVIL));
        assertThat(out.toString()).contains("重复计入：4 个单位", "已汇总 4 份报表");
    }

    @Test
    void aCityOverTwoDistrictSummariesSumsEveryLeafAndShowsWhereEachCameFrom() throws Exception {
        Path east = consolidated(dir.resolve("东区.xlsx"), "东区", copy("east", JIULONG, BEIDU));
        Path west = consolidated(dir.resolve("西区.xlsx"), "西区", copy("west", EDUCATION, CIVIL));
        Path target = dir.resolve("市.xlsx");
        Path json = dir.resolve("市.json");

        int status = consolidate(east.toString(), west.toString(), "-o", target.toString(), "--agency", "某市", "--json", json.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.OK);
        Map<String, BigDecimal> leaves = sum(JIULONG, BEIDU, EDUCATION, CIVIL);
        assertTotals(target, leaves);
        Map<String, BigDecimal> districts = new LinkedHashMap<>(values(east));
        values(west).forEach((k, v) -> districts.merge(k, v, BigDecimal::add));
        assertTotals(target, districts);
        assertThat(detail(target)).containsExactlyInAnyOrder(
                List.of("九龙街道办事处", dir.resolve("east").resolve(JIULONG).toString(), east.toString()),
                List.of("北渡镇人民政府", dir.resolve("east").resolve(BEIDU).toString(), east.toString()),
                List.of("湛河区教育局", dir.resolve("west").resolve(EDUCATION).toString(), west.toString()),
                List.of("湛河区民政局", dir.resolve("west").resolve(CIVIL).toString(), west.toString()));
        assertThat(out.toString()).doesNotContain("重复计入").contains("已汇总 4 份报表");
        accountsForEveryFileAndMember(target, json, List.of(east, west), 4);
        Path province = dir.resolve("省.xlsx");
        assertThat(consolidate(target.toString(), "-o", province.toString())).isEqualTo(Main.OK);
        assertTotals(province, leaves);
        assertThat(detail(province)).contains(List.of("九龙街道办事处", dir.resolve("east").resolve(JIULONG).toString(),
                target + "（经 " + east + "）"));
    }

    static Stream<Arguments> filingDates() {
        return Stream.of(
                Arguments.of("2025-01-10", "2025-01-20", true),
                Arguments.of("2025-01-20", "2025-01-10", false),
                Arguments.of("2025-01-20", "2025-01-20", true));
    }

    @ParameterizedTest(name = "in the sub-summary {0}, sent directly {1}: the direct one kept {2}")
    @MethodSource("filingDates")
    void anOverlapKeepsTheLaterFilingDate(String inSubSummary, String direct, boolean directKept) throws Exception {
        Seeds.note("NestedSummariesTest", SEED);
        Random rnd = new Random(SEED);
        Map<String, BigDecimal> older = BalancedReturns.values(rnd);
        Map<String, BigDecimal> newer = BalancedReturns.values(rnd);
        Map<String, BigDecimal> other = BalancedReturns.values(rnd);
        Path lower = Files.createDirectories(dir.resolve("lower"));
        ReturnFiles.write(lower.resolve("1-甲.xlsx"), "甲局", "", 2024, inSubSummary, older);
        ReturnFiles.write(lower.resolve("2-乙.xlsx"), "乙局", "", 2024, "2025-01-05", other);
        Path sub = consolidated(dir.resolve("小计.xlsx"), "小计", lower);
        Path again = ReturnFiles.write(dir.resolve("甲（重报）.xlsx"), "甲局", "", 2024, direct, newer);
        Path target = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("汇总.json");

        int status = consolidate(sub.toString(), again.toString(), "-o", target.toString(), "--json", json.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.OK);
        Map<String, BigDecimal> expected = new LinkedHashMap<>(directKept ? newer : older);
        other.forEach((k, v) -> expected.merge(k, v, BigDecimal::add));
        assertTotals(target, Form.withTotals(expected));
        JsonNode kept = entry(json, directKept ? again.toString() : sub + "（明细第 4 行）");
        JsonNode left = entry(json, directKept ? sub + "（明细第 4 行）" : again.toString());
        assertThat(kept.get("summed").asBoolean()).isTrue();
        assertThat(left.get("status").asText()).isEqualTo("duplicate");
        assertThat(left.get("findings").findValuesAsText("code")).contains("overlap");
        assertThat(onlyOverlapOf(json, "甲局").get("expected").asText()).isEqualTo(kept.get("file").asText());
    }

    @Test
    void aSubSummaryWhoseSummaryIsNotTheSumOfItsDetailIsInvalidAndNothingOfItIsCounted() throws Exception {
        Path sub = consolidated(dir.resolve("小计.xlsx"), "小计", copy("a", JIULONG, BEIDU));
        addToFirstAgency(sub, "disclosure.rules.issued", 5);
        Path target = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("汇总.json");

        int status = consolidate(sub.toString(), copy("b", CIVIL).toString(), "-o", target.toString(), "--json", json.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.INVALID);
        assertTotals(target, sum(CIVIL));
        JsonNode container = entry(json, sub.toString());
        assertThat(container.get("status").asText()).isEqualTo("invalid");
        JsonNode mismatch = container.get("findings").get(0);
        assertThat(mismatch.get("code").asText()).isEqualTo("detail_mismatch");
        assertThat(mismatch.get("keys").get(0).asText()).isEqualTo("disclosure.rules.issued");
        assertThat(mismatch.get("message").asText()).contains("无法判断哪一个是对的");
        assertThat(entry(json, sub + "（明细第 4 行）").get("status").asText()).isEqualTo("invalid");

        int included = consolidate(sub.toString(), "-o", dir.resolve("计入.xlsx").toString(), "--include-invalid");

        assertThat(included).isEqualTo(Main.INVALID);
        Map<String, BigDecimal> detailed = sum(JIULONG, BEIDU);
        detailed.merge("disclosure.rules.issued", BigDecimal.valueOf(5), BigDecimal::add);
        assertTotals(dir.resolve("计入.xlsx"), detailed);
    }

    @Test
    void aSubSummaryWhoseDetailBreaksOffIsUnreadableAndNothingOfItIsCounted() throws Exception {
        Path sub = consolidated(dir.resolve("小计.xlsx"), "小计", copy("a", JIULONG, BEIDU, EDUCATION));
        Path broken = dir.resolve("小计（损坏）.xlsx");
        truncateDetail(sub, broken);
        Path target = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("汇总.json");

        int status = consolidate(broken.toString(), copy("b", CIVIL).toString(), "-o", target.toString(), "--json", json.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.INVALID);
        assertTotals(target, sum(CIVIL));
        JsonNode container = entry(json, broken.toString());
        assertThat(container.get("status").asText()).isEqualTo("unreadable");
        assertThat(container.get("reason").asText()).contains("明细", "无法确认其中包含哪些单位");
        List<JsonNode> readBeforeTheBreak = new ArrayList<>();
        new ObjectMapper().readTree(json.toFile()).get("files").forEach(f -> {
            if (f.get("file").asText().startsWith(broken + "（明细第 ")) {
                readBeforeTheBreak.add(f);
            }
        });
        assertThat(readBeforeTheBreak).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("status").asText()).isEqualTo("skipped");
            assertThat(f.get("summed").asBoolean()).isFalse();
        });
    }

    /** A copy of a consolidated workbook whose 明细 part stops in the middle of its third agency row. */
    private static void truncateDetail(Path from, Path to) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(from.toFile());
                java.util.zip.ZipOutputStream o = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var e : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    bytes = xml.substring(0, xml.indexOf("<row r=\"5\"") + 200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                o.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                o.write(bytes);
                o.closeEntry();
            }
        }
    }

    /** Copies sample returns into a new folder under the test's. */
    private Path copy(String folder, String... samples) throws Exception {
        Path into = Files.createDirectories(dir.resolve(folder));
        for (String name : samples) {
            Files.copy(SAMPLES.resolve(name), into.resolve(name));
        }
        return into;
    }

    /** Consolidates the inputs into {@code target}, made by {@code agency} (null: no --agency, as the 乡镇小计). */
    private Path consolidated(Path target, String agency, Path... inputs) {
        List<String> args = new ArrayList<>(Stream.of(inputs).map(Path::toString).toList());
        args.addAll(List.of("-o", target.toString()));
        if (agency != null) {
            args.addAll(List.of("--agency", agency));
        }
        assertThat(consolidate(args.toArray(String[]::new))).as(out + "\n" + err).isEqualTo(Main.OK);
        return target;
    }

    private int consolidate(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "consolidate";
        System.arraycopy(args, 0, command, 1, args.length);
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(command);
    }

    private static Map<String, BigDecimal> values(Path file) throws Exception {
        return new ReturnReader().read(file).values();
    }

    private static Map<String, BigDecimal> sum(String... samples) throws Exception {
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (String name : samples) {
            values(SAMPLES.resolve(name)).forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
        }
        return sum;
    }

    private static void assertTotals(Path workbook, Map<String, BigDecimal> expected) throws Exception {
        Return summed = new ReturnReader().read(workbook);
        for (Field f : Form.fields()) {
            assertThat(summed.value(f)).as(f.key()).isEqualByComparingTo(expected.getOrDefault(f.key(), BigDecimal.ZERO));
        }
    }

    private static JsonNode entry(Path json, String file) throws Exception {
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("files")) {
            if (f.get("file").asText().equals(file)) {
                return f;
            }
        }
        throw new AssertionError("no entry for " + file + " in " + json);
    }

    /** The overlap finding naming this agency: one on the copy kept and one on the copy left out, the same words. */
    private static JsonNode onlyOverlapOf(Path json, String agency) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("files")) {
            for (JsonNode finding : f.get("findings")) {
                if (finding.get("code").asText().equals("overlap") && finding.get("message").asText().contains("「" + agency + "」")) {
                    found.add(finding);
                }
            }
        }
        assertThat(found).as("overlap findings of " + agency).hasSize(2);
        assertThat(found.get(0).get("severity").asText()).isEqualTo("warning");
        return found.get(0);
    }

    /** Every input is an entry of the JSON report and a row of 清单, and so is every member of a sub-summary. */
    private static void accountsForEveryFileAndMember(Path workbook, Path json, List<Path> inputs, int members) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> entries = new ArrayList<>();
        root.get("files").forEach(f -> entries.add(f.get("file").asText()));
        for (Path input : inputs) {
            assertThat(entries).contains(input.toString());
        }
        assertThat(entries.stream().filter(e -> e.contains("（明细第 "))).hasSize(members);
        assertThat(root.get("summary").get("members").asInt()).isEqualTo(members);
        assertThat(root.get("summary").get("files").asInt()).isEqualTo(entries.size());
        assertThat(receipt(workbook)).containsAll(entries);
    }

    private static List<String> receipt(Path workbook) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            List<String> column = new ArrayList<>();
            for (Row row : wb.getSheet("清单")) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    column.add(cell.getStringCellValue());
                }
            }
            return column;
        }
    }

    /** 明细 below its header rows: 单位, 文件 and 来源 of each row. */
    private static List<List<String>> detail(Path workbook) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = wb.getSheet("明细");
            List<List<String>> rows = new ArrayList<>();
            for (int r = firstAgencyRow(sheet); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(List.of(text(row, 0), text(row, column(sheet, "文件")), text(row, column(sheet, "来源"))));
            }
            return rows;
        }
    }

    /** The row of keys, then the row of short labels, then the agencies. */
    private static int firstAgencyRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(Form.fields().get(0).key())) {
                    return row.getRowNum() + 2;
                }
            }
        }
        throw new AssertionError("明细 has no row of keys");
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("明细 has no column " + header);
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }

    /** Adds {@code n} to one key of the first agency of a consolidated workbook's 明细, leaving its 汇总 as it was. */
    private static void addToFirstAgency(Path workbook, String key, int n) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = wb.getSheet("明细");
            int first = firstAgencyRow(sheet);
            int column = -1;
            for (Cell c : sheet.getRow(first - 2)) {
                column = c.getCellType() == CellType.STRING && c.getStringCellValue().equals(key) ? c.getColumnIndex() : column;
            }
            Cell cell = sheet.getRow(first).getCell(column);
            cell.setCellValue(cell.getNumericCellValue() + n);
            try (OutputStream o = Files.newOutputStream(workbook)) {
                wb.write(o);
            }
        }
    }
}
