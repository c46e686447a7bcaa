package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nianbao.extract.Extractor;
import nianbao.extract.RandomReturns;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.template.Filling;
import nianbao.template.TemplateWriter;
import nianbao.testing.Seeds;
import nianbao.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The extract and render commands end to end: output, exit status, written files. */
class ExtractRenderCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void seedExtractsAsJsonAndIsValid() {
        int status = run("extract", "--json", "samples/seed-report.txt");

        assertThat(status).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("\"status\"", "\"ok\"", "湛河区信访局", "2024", "\"application.new.natural_person\"");
    }

    @Test
    void aPublishedTableThatDoesNotBalanceIsInvalid() {
        Path hongze = Path.of("../shared/samples/reports/hongze-2023.txt");
        assumeTrue(Files.exists(hongze), hongze + " absent (a fresh clone): skipped");

        int status = run("extract", hongze.toString());

        assertThat(status).isEqualTo(Main.INVALID);
        assertThat(out.toString()).contains("淮安市洪泽区人民政府", "行政复议", "    说明  本报告第三部分");
    }

    @Test
    void extractWritesAFilledTemplateThatReadsBackTheSameInputs() throws Exception {
        Path xlsx = dir.resolve("seed.xlsx");

        int status = run("extract", "samples/seed-report.txt", "-o", xlsx.toString());

        assertThat(status).as(err.toString()).isEqualTo(Main.OK);
        Return back = new ReturnReader().read(xlsx);
        Return extracted = new Extractor().extract(Path.of("samples/seed-report.txt")).read();
        assertThat(back.values()).containsExactlyEntriesOf(extracted.values());
        assertThat(back.agency()).isEqualTo("湛河区信访局");
        assertThat(run("extract", "samples/seed-report.txt", "-o", xlsx.toString())).isEqualTo(Main.USAGE);
    }

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("html", 31L), Arguments.of("txt", 32L), Arguments.of("md", 33L));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("formats")
    void renderThenExtractGivesBackTheWorkbooksValues(String format, long seed) throws Exception {
        Seeds.note("ExtractRenderCommandTest", seed);
        Return random = RandomReturns.of(seed);
        Path xlsx = dir.resolve("return.xlsx");
        new TemplateWriter().write(xlsx, false, Filling.of(random));
        Return workbook = new ReturnReader().read(xlsx);
        Path rendered = dir.resolve("tables." + format);

        int status = run("render", xlsx.toString(), "-o", rendered.toString());

        boolean balanced = Verifier.verify(workbook).stream().noneMatch(Finding::isError);
        assertThat(status).as(err.toString()).isEqualTo(balanced ? Main.OK : Main.INVALID);
        Return back = new Extractor().extract(rendered).read();
        assertThat(back.findings()).isEmpty();
        assertThat(back.values()).containsExactlyEntriesOf(workbook.values());
        assertThat(back.agency()).isEqualTo(random.agency());
    }

    @Test
    void renderRefusesAnUnknownFormat() throws Exception {
        assertThat(run("render", "x.xlsx", "--format", "pdf")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("html、txt 或 md");
    }
}
