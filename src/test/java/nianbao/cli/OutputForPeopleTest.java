package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nianbao.cli.HostileCorpusTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people and scripts read: each file's line names its agency, --quiet gives only the problems
 * and the summary, a roster's unreported agencies are named, and the JSON keeps one shape.
 */
class OutputForPeopleTest {

    private static final Path SAMPLES = Path.of("samples/returns");
    private static final List<String> INVALID = List.of("河滨街道办事处", "湛河区公安分局", "湛河区财政局", "马庄街道办事处");

    @TempDir
    Path dir;

    private Path returns;

    /** The sample district, an Office lock file, a note, and a file that is no workbook. */
    @BeforeEach
    void returns() throws IOException {
        returns = DataSafetyTest.copy(SAMPLES, dir.resolve("returns"));
        Files.writeString(returns.resolve("~$湛河区教育局.xlsx"), "lock");
        Files.writeString(returns.resolve("说明.txt"), "各单位报表");
        Files.writeString(returns.resolve("坏.xlsx"), "这不是工作簿");
    }

    @Test
    void consolidateNamesTheAgencyOnEachFilesLine() {
        Run run = HostileCorpusTest.run("consolidate", returns.toString(), "-o", dir.resolve("汇总.xlsx").toString());

        assertThat(run.code()).isEqualTo(Main.INVALID);
        for (String agency : INVALID) {
            assertThat(run.out()).contains("  " + returns.resolve(agency + ".xlsx") + "  " + agency + "：有误（2 个错误，详见「校验」工作表）");
        }
        assertThat(run.out()).as("an unreadable file has no agency to name")
                .containsPattern("  " + returns.resolve("坏.xlsx") + "：无法读取（");
    }

    @Test
    void consolidateQuietPrintsOnlyTheProblemsAndTheSummary() {
        Run loud = HostileCorpusTest.run("consolidate", returns.toString(), "-o", dir.resolve("a.xlsx").toString());
        Run quiet = HostileCorpusTest.run("consolidate", returns.toString(), "-o", dir.resolve("b.xlsx").toString(), "--quiet");

        assertThat(loud.out()).contains("~$湛河区教育局.xlsx").contains("说明.txt");
        List<String> lines = quiet.out().lines().toList();
        assertThat(lines).hasSize(INVALID.size() + 1 + 2);
        assertThat(lines.subList(0, INVALID.size() + 1)).allMatch(l -> l.contains("有误") || l.contains("无法读取"));
        assertThat(lines.get(INVALID.size() + 1)).startsWith("21 个文件：通过 14，有误 4，无法读取 1");
        assertThat(lines.get(INVALID.size() + 2)).startsWith("已汇总 14 份报表");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void verifyQuietPrintsOnlyTheProblemReturnsAndTheSummary() {
        Run run = HostileCorpusTest.run("verify", returns.toString(), "--quiet");

        assertThat(run.code()).isEqualTo(Main.INVALID);
        List<String> heads = run.out().lines().filter(l -> !l.startsWith("    ")).toList();
        assertThat(heads.subList(0, heads.size() - 1)).allMatch(l -> l.startsWith("✗ ")).hasSize(INVALID.size() + 1);
        assertThat(heads.get(heads.size() - 1)).isEqualTo("19 份报表：通过 14，有误 4，无法读取 1");
        assertThat(run.out()).doesNotContain("✓").doesNotContain("–").contains("    错误  ");
    }

    @Test
    void theRostersUnreportedAndUnexpectedAgenciesAreNamedOnTheTerminalAndInTheJson() throws Exception {
        List<String> roster = Files.readAllLines(Path.of("samples/roster.csv")).stream()
                .filter(l -> !l.startsWith("湛河区民政局,")).collect(Collectors.toCollection(ArrayList::new));
        Path rosterFile = Files.write(dir.resolve("名册.csv"), roster);
        Path json = dir.resolve("汇总.json");

        Run run = HostileCorpusTest.run("consolidate", returns.toString(), "-o", dir.resolve("汇总.xlsx").toString(),
                "--roster", rosterFile.toString(), "--json", json.toString(), "--quiet");

        assertThat(run.out()).contains("名册中未报送的单位（1 个）：姚孟街道办事处\n").contains("不在名册中的报送单位（1 个）：湛河区民政局\n");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(texts(report.get("roster").get("missing"))).containsExactly("姚孟街道办事处");
        assertThat(texts(report.get("roster").get("unexpected"))).containsExactly("湛河区民政局");
    }

    @Test
    void theJsonSummaryHasEveryKeyEvenWhenZero() throws Exception {
        Path json = dir.resolve("汇总.json");
        HostileCorpusTest.run("consolidate", SAMPLES.toString(), "-o", dir.resolve("汇总.xlsx").toString(), "--json", json.toString());
        JsonNode consolidated = new ObjectMapper().readTree(json.toFile());
        JsonNode verified = HostileCorpusTest.run("verify", "--json", SAMPLES.resolve("湛河区教育局.xlsx").toString()).json();

        assertThat(consolidated.get("summary").toString())
                .isEqualTo("{\"files\":18,\"ok\":14,\"invalid\":4,\"unreadable\":0,\"duplicate\":0,\"skipped\":0,\"summed\":14}");
        assertThat(verified.get("summary").toString())
                .isEqualTo("{\"files\":1,\"ok\":1,\"invalid\":0,\"unreadable\":0,\"duplicate\":0,\"skipped\":0}");
        assertThat(consolidated.has("roster")).as("no roster given").isFalse();
    }

    @Test
    void expectedAndActualAreJsonNumbersWhenTheyAreNumbers() throws Exception {
        JsonNode files = HostileCorpusTest.run("verify", "--json", SAMPLES.resolve("湛河区公安分局.xlsx").toString(),
                SAMPLES.resolve("湛河区住房和城乡建设局.xlsx").toString()).json().get("files");

        JsonNode balance = HostileCorpusTest.entry(files, SAMPLES.resolve("湛河区公安分局.xlsx")).get("findings").get(0);
        assertThat(balance.get("code").asText()).isEqualTo("balance");
        assertThat(balance.get("expected").isNumber()).isTrue();
        assertThat(balance.get("actual").isNumber()).isTrue();
        assertThat(balance.get("expected").asInt()).isEqualTo(1);
        assertThat(balance.get("actual").asInt()).isEqualTo(2);
        JsonNode none = StreamSupport.stream(HostileCorpusTest.entry(files, SAMPLES.resolve("湛河区住房和城乡建设局.xlsx"))
                        .get("findings").spliterator(), false)
                .filter(f -> f.get("code").asText().equals("text_as_zero")).findFirst().orElseThrow();
        assertThat(none.get("actual").asText()).as("text stays text").isEqualTo("无");
        assertThat(none.get("actual").isTextual()).isTrue();
    }

    @Test
    void anUnreadableOrSkippedFileHasNoAgencyInTheJsonLikeNoYear() throws Exception {
        Path json = dir.resolve("汇总.json");
        JsonNode verified = HostileCorpusTest.run("verify", "--json", returns.toString()).json();
        HostileCorpusTest.run("consolidate", returns.toString(), "-o", dir.resolve("汇总.xlsx").toString(), "--json", json.toString());
        JsonNode consolidated = new ObjectMapper().readTree(json.toFile());

        for (JsonNode report : List.of(verified, consolidated)) {
            for (String name : List.of("坏.xlsx", "~$湛河区教育局.xlsx", "说明.txt")) {
                JsonNode file = HostileCorpusTest.entry(report.get("files"), returns.resolve(name));
                assertThat(file.get("agency").isNull()).as(name).isTrue();
                assertThat(file.get("year").isNull()).as(name).isTrue();
            }
            assertThat(HostileCorpusTest.entry(report.get("files"), returns.resolve("湛河区教育局.xlsx")).get("agency").asText())
                    .isEqualTo("湛河区教育局");
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
