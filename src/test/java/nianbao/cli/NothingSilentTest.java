package nianbao.cli;

import static nianbao.cli.HostileCorpusTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.cli.HostileCorpusTest.Run;
import nianbao.consolidate.ReturnFiles;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, point 7: a run with nothing to do, an unbalanced return rendered, last year's files of this year: never silent. */
class NothingSilentTest {

    static final Path SAMPLES = Path.of("samples/returns");
    static final Path UNBALANCED = SAMPLES.resolve("湛河区公安分局.xlsx");
    static final Path BALANCED = SAMPLES.resolve("湛河区教育局.xlsx");

    @TempDir
    Path dir;

    @Test
    void consolidatingAYearNoReturnIsOfWritesNothingAndExitsOne() {
        Path target = dir.resolve("汇总.xlsx");
        Path json = dir.resolve("汇总.json");

        Run run = run("consolidate", SAMPLES.toString(), "--year", "2023", "-o", target.toString(), "--json", json.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("没有 2023 年度的报表", "2024 年度", "未生成汇总工作簿");
        assertThat(target).doesNotExist();
        assertThat(json).doesNotExist();
    }

    @Test
    void consolidatingAYearSomeReturnsAreOfStillWritesTheSummary() {
        Path target = dir.resolve("汇总.xlsx");

        Run run = run("consolidate", BALANCED.toString(), "--year", "2024", "-o", target.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.OK);
        assertThat(target).exists();
    }

    @Test
    void renderingAnUnbalancedReturnWritesItWarnsAndExitsOne() {
        Path html = dir.resolve("公安分局.html");

        Run run = run("render", UNBALANCED.toString(), "-o", html.toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(html).exists();
        assertThat(run.err()).contains("警告", UNBALANCED.toString(), "不宜公开", "'年报数据'!D51", "相差 1");
    }

    @Test
    void renderingAnUnbalancedReturnToTheScreenStillPrintsItAndExitsOne() {
        Run run = run("render", UNBALANCED.toString(), "--format", "txt");

        assertThat(run.code()).isEqualTo(Main.INVALID);
        assertThat(run.out()).contains("湛河区公安分局");
        assertThat(run.err()).contains("警告");
    }

    @Test
    void renderingABalancedReturnSaysNothingAndExitsZero() {
        Run run = run("render", BALANCED.toString(), "--format", "txt");

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void consolidatingWithThisYearsFilesAsPreviousIsRefused() {
        Path target = dir.resolve("汇总.xlsx");

        Run run = run("consolidate", BALANCED.toString(), "-o", target.toString(), "--previous", BALANCED.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--previous", "2024 年度", "年度相同");
        assertThat(target).doesNotExist();
    }

    @Test
    void consolidatingAYearWithThatYearsFilesAsPreviousIsRefusedBeforeReading() {
        Path target = dir.resolve("汇总.xlsx");

        Run run = run("consolidate", SAMPLES.toString(), "--year", "2024", "-o", target.toString(), "--previous", BALANCED.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("年度相同");
        assertThat(run.out()).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    void lastYearsFilesAsPreviousAreTakenAsBefore() throws Exception {
        Return r = new ReturnReader().read(BALANCED);
        Path lastYear = ReturnFiles.write(dir.resolve("2023.xlsx"), r.agency(), "", 2023, "", r.values());
        Path target = dir.resolve("汇总.xlsx");

        Run run = run("consolidate", BALANCED.toString(), "-o", target.toString(), "--previous", lastYear.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        assertThat(Files.exists(target)).isTrue();
    }
}
