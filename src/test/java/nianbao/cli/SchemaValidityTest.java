package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nianbao.consolidate.ReturnFiles;
import nianbao.testing.OoxmlSchemas.PartReport;
import nianbao.testing.OoxmlSchemas;
import nianbao.testing.Seeds;
import nianbao.verify.BalancedReturns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook nianbao writes, written through {@link Main} as a user runs it, is valid against the
 * ECMA-376 schemas in every part: the closest thing to "Excel opens it" that runs without Excel.
 */
class SchemaValidityTest {

    static final String RETURNS = "samples/returns";
    static final String ROSTER = "samples/roster.csv";
    static final long SEED = Seeds.property(2024_1125L);

    /** Writes workbooks into a directory through the command line; returns the workbooks to validate. */
    @FunctionalInterface
    interface Writer {
        List<Path> write(SchemaValidityTest test, Path dir) throws IOException;
    }

    static OoxmlSchemas schemas;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void load() throws IOException {
        schemas = OoxmlSchemas.load();
    }

    @AfterAll
    static void close() throws IOException {
        schemas.close();
    }

    static Stream<Arguments> workbooks() {
        return Stream.of(
                Arguments.of("consolidate: all seven sheets", (Writer) SchemaValidityTest::sevenSheets, 7, 2),
                Arguments.of("consolidate: no agency ranked", (Writer) SchemaValidityTest::nobodyRanked, 6, 1),
                Arguments.of("template", (Writer) (t, d) -> t.written(d.resolve("模板.xlsx"), "template"), 2, 0),
                Arguments.of("template --password", (Writer) (t, d) -> t.written(d.resolve("模板.xlsx"), "template",
                        "--password", "口令"), 2, 0),
                Arguments.of("verify --annotate", (Writer) SchemaValidityTest::annotated, 3, 0),
                Arguments.of("extract -o", (Writer) (t, d) -> t.written(d.resolve("信访局.xlsx"), "extract",
                        "samples/seed-report.txt"), 2, 0),
                Arguments.of("templates/ (committed)", (Writer) (t, d) -> List.of(Path.of("templates/nianbao-template.xlsx")), 2, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyPartIsValid(String name, Writer writer, int worksheets, int charts) throws IOException {
        List<Path> files = writer.write(this, dir);

        assertThat(files).as(name + ": nothing written\n" + out).isNotEmpty();
        for (Path file : files) {
            List<PartReport> reports = schemas.validate(file);
            assertThat(reports).as("%s: parts of %s invalid against ECMA-376", name, file.getFileName())
                    .filteredOn(r -> !r.valid()).isEmpty();
            assertThat(count(reports, "WorksheetDocument")).as(name + ": worksheets").isEqualTo(worksheets);
            assertThat(count(reports, "ChartSpaceDocument")).as(name + ": charts").isEqualTo(charts);
            assertThat(count(reports, "WorkbookDocument") + count(reports, "StyleSheetDocument"))
                    .as(name + ": workbook and styles").isEqualTo(2);
        }
    }

    private static long count(List<PartReport> reports, String schema) {
        return reports.stream().filter(r -> r.schema().equals(schema)).count();
    }

    /** 汇总 明细 校验 清单 分组小计 同比 图表: with a roster and last year's consolidated workbook, as the README runs it. */
    private List<Path> sevenSheets(Path d) throws IOException {
        Path lastYears = ReturnFiles.yearBefore(Path.of(RETURNS), d.resolve("2023"));
        Path last = d.resolve("上年.xlsx");
        run("consolidate", lastYears.toString(), "-o", last.toString(), "--agency", "湛河区人民政府（全区汇总）", "--quiet");
        return written(d.resolve("全区汇总.xlsx"), "consolidate", RETURNS, "--roster", ROSTER,
                "--previous", last.toString(), "--agency", "湛河区人民政府（全区汇总）", "--quiet");
    }

    /** Only an invalid return: nothing summed, nobody ranked, 图表 with the results' chart only. */
    private List<Path> nobodyRanked(Path d) throws IOException {
        return written(d.resolve("无.xlsx"), "consolidate", RETURNS + "/湛河区公安分局.xlsx", "--roster", ROSTER, "--quiet");
    }

    /** The annotated copy of a return written by today's template, with one balance broken. */
    private List<Path> annotated(Path d) throws IOException {
        Seeds.note("SchemaValidityTest", SEED);
        Map<String, BigDecimal> values = new LinkedHashMap<>(BalancedReturns.values(new Random(SEED)));
        values.merge("application.carried_forward.natural_person", BigDecimal.ONE, BigDecimal::add);
        Path returns = Files.createDirectories(d.resolve("returns"));
        ReturnFiles.write(returns.resolve("有误.xlsx"), "有误单位", "", 2024, "", values);
        Path copies = d.resolve("标注");
        assertThat(run("verify", returns.toString(), "--annotate", copies.toString())).as(out.toString()).isEqualTo(Main.INVALID);
        return List.of(copies.resolve("有误-校验.xlsx"));
    }

    /** Runs {@code command args... -o target}; the target, which must have been written. */
    private List<Path> written(Path target, String... args) {
        String[] withOutput = Stream.concat(Stream.of(args), Stream.of("-o", target.toString())).toArray(String[]::new);
        run(withOutput);
        assertThat(target).as(String.join(" ", withOutput) + "\n" + out).exists();
        return List.of(target);
    }

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(out, true)).execute(args);
    }
}
