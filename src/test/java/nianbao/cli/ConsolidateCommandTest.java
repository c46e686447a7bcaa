package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nianbao.consolidate.ReturnFiles;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.testing.Seeds;
import nianbao.verify.BalancedReturns;
import nianbao.verify.Verifier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidateCommandTest {

    private static final long SEED = Seeds.property(20240101L);

    @TempDir
    Path dir;

    private Path returns;
    private final Map<String, BigDecimal> expected = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Five valid returns, one invalid, one not a workbook, one text file. */
    @BeforeEach
    void returns() throws Exception {
        Seeds.note("ConsolidateCommandTest", SEED);
        Random rnd = new Random(SEED);
        returns = Files.createDirectories(dir.resolve("returns"));
        for (int i = 0; i < 5; i++) {
            Map<String, BigDecimal> values = BalancedReturns.values(rnd);
            ReturnFiles.write(returns.resolve("单位" + i + ".xlsx"), "单位" + i, "", 2024, "", values);
            values.forEach((k, v) -> expected.merge(k, v, BigDecimal::add));
        }
        Map<String, BigDecimal> bad = new LinkedHashMap<>(BalancedReturns.values(rnd));
        bad.merge("application.carried_forward.natural_person", BigDecimal.ONE, BigDecimal::add);
        ReturnFiles.write(returns.resolve("有误.xlsx"), "有误单位", "", 2024, "", bad);
        Files.writeString(returns.resolve("坏.xlsx"), "这不是工作簿");
        Files.writeString(returns.resolve("说明.txt"), "附言");
    }

    @Test
    void sumsTheValidReturnsAndAccountsForEveryFile() throws Exception {
        Path target = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("report.json");

        int status = run(returns.toString(), "-o", target.toString(), "--json", json.toString(), "--agency", "测试区（全区汇总）");

        assertThat(status).as(err.toString()).isEqualTo(Main.INVALID);
        Return summed = new ReturnReader().read(target);
        for (Field f : Form.fields()) {
            assertThat(summed.value(f)).as(f.key()).isEqualByComparingTo(expected.get(f.key()));
        }
        assertThat(summed.agency()).isEqualTo("测试区（全区汇总）");
        assertThat(Verifier.verify(summed)).noneMatch(Finding::isError);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> files = new ArrayList<>();
        root.get("files").forEach(f -> files.add(Path.of(f.get("file").asText()).getFileName() + ":" + f.get("status").asText()));
        assertThat(files).containsExactlyInAnyOrder("单位0.xlsx:ok", "单位1.xlsx:ok", "单位2.xlsx:ok", "单位3.xlsx:ok", "单位4.xlsx:ok",
                "有误.xlsx:invalid", "坏.xlsx:unreadable", "说明.txt:skipped");
        Form.fields().forEach(f -> assertThat(root.get("totals").get(f.key()).decimalValue()).as(f.key())
                .isEqualByComparingTo(expected.get(f.key())));
        assertThat(receipt(target)).hasSize(8);
        assertThat(out.toString()).contains("已汇总 5 份报表", "无法读取")
                .as("the unreadable file named once on its line").containsOnlyOnce("坏.xlsx");
    }

    @Test
    void twoCopiesOfOneSummaryCountEachAgencyOnce() throws Exception {
        Path a = dir.resolve("甲.xlsx");
        Path b = dir.resolve("乙.xlsx");
        run(returns.toString(), "-o", a.toString(), "--agency", "甲区");
        run(returns.toString(), "-o", b.toString(), "--agency", "乙区");
        Path city = dir.resolve("市.xlsx");

        int status = run(a.toString(), b.toString(), "-o", city.toString(), "--agency", "某市");

        assertThat(status).as(out + "\n" + err).isEqualTo(Main.OK);
        Return r = new ReturnReader().read(city);
        Form.fields().forEach(f -> assertThat(r.value(f)).as(f.key()).isEqualByComparingTo(expected.get(f.key())));
        assertThat(out.toString()).contains("重复计入：5 个单位", "已汇总 5 份报表");
    }

    @Test
    void lastYearsConsolidatedWorkbookGivesAYearOverYearSheet() throws Exception {
        Path lastYears = ReturnFiles.yearBefore(returns, dir.resolve("2023"));
        Path last = dir.resolve("上年.xlsx");
        run(lastYears.toString(), "-o", last.toString(), "--agency", "测试区");
        Path target = dir.resolve("本年.xlsx");

        run(returns.toString(), "-o", target.toString(), "--agency", "测试区", "--previous", last.toString());

        try (XSSFWorkbook wb = new XSSFWorkbook(target.toFile())) {
            var sheet = wb.getSheet("同比");
            assertThat(sheet.getLastRowNum()).isEqualTo(Form.SIZE);
            for (Field f : Form.fields()) {
                Row row = sheet.getRow(f.index() + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(f.shortLabel());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.key());
                assertThat(row.getCell(3).getNumericCellValue()).as(f.key()).isEqualTo(expected.get(f.key()).doubleValue());
                assertThat(row.getCell(5).getNumericCellValue()).as(f.key()).isZero();
            }
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path target = Files.writeString(dir.resolve("old.xlsx"), "earlier output");

        int status = run(returns.toString(), "-o", target.toString());

        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--force");
        assertThat(target).hasContent("earlier output");
    }

    @Test
    void refusesAnOutputThatIsOneOfTheInputs() throws Exception {
        Path input = returns.resolve("单位0.xlsx");
        byte[] before = Files.readAllBytes(input);

        int status = run(returns.toString(), "-o", input.toString(), "--force");

        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("也是输入文件");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void aFailingRunLeavesTheEarlierOutputWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("old.xlsx"), "earlier output");
        Path roster = Files.writeString(dir.resolve("roster.csv"), "名称,代码\n甲,1\n");

        int status = run(returns.toString(), "-o", target.toString(), "--force", "--roster", roster.toString());

        assertThat(status).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("roster.csv", "单位名称");
        assertThat(target).hasContent("earlier output");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void rosterGivesMissingUnexpectedAndGroupSubtotals() throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"),
                "单位名称,统一社会信用代码,分组\n单位0,,本级部门\n单位1,,本级部门\n单位2,,乡镇街道\n缺报单位,,乡镇街道\n");
        Path target = dir.resolve("汇总.xlsx");

        run(returns.toString(), "-o", target.toString(), "--roster", roster.toString(), "--year", "2024");

        assertThat(out.toString()).contains("名册中未报送的单位（1 个）：缺报单位", "不在名册中的报送单位（3 个）：");
        try (XSSFWorkbook wb = new XSSFWorkbook(target.toFile())) {
            var groups = wb.getSheet("分组小计");
            assertThat(groups.getRow(0).getCell(3).getStringCellValue()).isEqualTo("本级部门");
            assertThat(groups.getRow(1).getCell(0).getStringCellValue()).isEqualTo("报表数");
            assertThat(groups.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(groups.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(groups.getRow(0).getCell(5).getStringCellValue()).isEqualTo("（名册外）");
            assertThat(groups.getRow(1).getCell(5).getNumericCellValue()).as("单位3 and 单位4; the invalid one is not summed").isEqualTo(2.0);
            List<String> receipt = receipt(wb);
            assertThat(receipt).contains("缺报单位");
        }
    }

    private int run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "consolidate";
        System.arraycopy(args, 0, command, 1, args.length);
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(command);
    }

    private static List<String> receipt(Path workbook) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            return receipt(wb).stream().filter(s -> s.contains("returns")).toList();
        }
    }

    private static List<String> receipt(XSSFWorkbook wb) {
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
