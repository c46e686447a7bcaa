package nianbao.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.read.ReturnReader;
import nianbao.render.RenderFormat;
import nianbao.template.Filling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each job from its request to its outcome, as both doors (the command line and the desk) call it. */
class JobsTest {

    static final Path RETURNS = Path.of("samples", "returns");
    static final Path ROSTER = Path.of("samples", "roster.csv");
    static final Path SEED_REPORT = Path.of("samples", "seed-report.txt");

    @TempDir
    Path dir;

    /** Hears a job's events, in the order they come. */
    static final class Heard implements ProgressListener {
        int total = -1;
        final List<String> files = new ArrayList<>();

        @Override
        public void started(int files) {
            total = files;
        }

        @Override
        public void read(int done, FileResult result) {
            assertThat(done).as("counted from one, in order").isEqualTo(files.size() + 1);
            files.add(result.file());
        }
    }

    @Test
    void verifyTellsTheListenerOfEveryReturnInInputOrderAndFindsTheFourToFix() throws Exception {
        Heard heard = new Heard();
        VerifyOutcome outcome = new VerifyJob(new ReturnReader()).run(new VerifyRequest(List.of(RETURNS), List.of(), Optional.empty(), false), heard);

        assertThat(heard.total).isEqualTo(18);
        assertThat(heard.files).containsExactlyElementsOf(outcome.report().files().stream().map(FileResult::file).toList());
        assertThat(outcome.report().files()).filteredOn(f -> f.status() == FileStatus.INVALID).hasSize(4);
        assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(outcome.annotations()).isEmpty();
    }

    @Test
    void verifyWritesAnAnnotatedCopyOfEachReturnWithFindings() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("标注"));
        VerifyOutcome outcome = new VerifyJob(new ReturnReader())
                .run(new VerifyRequest(List.of(RETURNS), List.of(), Optional.of(folder), false), ProgressListener.NONE);

        long withFindings = outcome.report().files().stream().filter(f -> !f.findings().isEmpty()).count();
        assertThat(outcome.annotations()).hasSize((int) withFindings).allMatch(WrittenCopy::written);
        assertThat(outcome.annotations()).allSatisfy(a -> assertThat(a.target()).exists().hasParent(folder));
    }

    @Test
    void verifyRefusesWhatItCannotRead() {
        assertThatThrownBy(() -> new VerifyJob(new ReturnReader())
                .run(new VerifyRequest(List.of(dir.resolve("没有")), List.of(), Optional.empty(), false), ProgressListener.NONE))
                .isInstanceOf(JobRefusedException.class).hasMessageStartingWith("找不到 ");
        assertThatThrownBy(() -> new VerifyJob(new ReturnReader())
                .run(new VerifyRequest(List.of(dir), List.of(), Optional.empty(), false), ProgressListener.NONE))
                .isInstanceOf(JobRefusedException.class).hasMessageContaining("没有找到报表文件");
    }

    @Test
    void consolidateWritesBothOutputsAndItsOutcomeOutlivesTheRun() throws Exception {
        Heard heard = new Heard();
        Path output = dir.resolve("全区.xlsx");
        Path json = dir.resolve("全区.json");
        ConsolidateOutcome outcome = new ConsolidateJob(new ReturnReader()).run(new ConsolidateRequest(List.of(RETURNS), output,
                Optional.of(json), "湛河区人民政府", OptionalInt.empty(), Optional.of(ROSTER), List.of(), false, false), heard);

        assertThat(heard.total).isEqualTo(18);
        assertThat(heard.files).hasSize(18);
        assertThat(output).isNotEmptyFile();
        assertThat(json).isNotEmptyFile();
        assertThat(outcome.written()).isTrue();
        assertThat(outcome.consolidation().summedCount()).isEqualTo(14);
        assertThat(outcome.consolidation().missing()).extracting(m -> m.name()).containsExactly("姚孟街道办事处");
        assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing but the two outputs").containsExactlyInAnyOrder(output, json);
        }
    }

    @Test
    void consolidateRefusesToReplaceAnOutputWithoutForceAndLeavesItAsItWas() throws Exception {
        Path output = Files.writeString(dir.resolve("全区.xlsx"), "上次的");
        ConsolidateRequest request = new ConsolidateRequest(List.of(RETURNS), output, Optional.empty(), "某区", OptionalInt.empty(),
                Optional.empty(), List.of(), false, false);

        assertThatThrownBy(() -> new ConsolidateJob(new ReturnReader()).run(request, ProgressListener.NONE))
                .isInstanceOf(JobRefusedException.class).hasMessageContaining("--force");
        assertThat(output).hasContent("上次的");
    }

    @Test
    void consolidateOfAYearWithNoReturnWritesNothing() throws Exception {
        Path output = dir.resolve("全区.xlsx");
        ConsolidateOutcome outcome = new ConsolidateJob(new ReturnReader()).run(new ConsolidateRequest(List.of(RETURNS), output,
                Optional.empty(), "某区", OptionalInt.of(2019), Optional.empty(), List.of(), false, false), ProgressListener.NONE);

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.otherYears()).isNotEmpty();
        assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(output).doesNotExist();
    }

    @Test
    void extractReadsAPublishedReportAndFillsATemplateWithIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("模板"));
        ExtractOutcome outcome = new ExtractJob().run(new ExtractRequest(List.of(SEED_REPORT), Optional.empty(), Optional.of(out), false),
                ProgressListener.NONE);

        assertThat(outcome.report().files()).hasSize(1);
        assertThat(outcome.extractions()).hasSize(1);
        assertThat(outcome.templates()).singleElement().satisfies(t -> assertThat(t.target()).isNotEmptyFile());
    }

    @Test
    void renderGivesTheTablesOrSaysWhyNot() throws Exception {
        RenderOutcome html = new RenderJob(new ReturnReader())
                .run(new RenderRequest(RETURNS.resolve("九龙街道办事处.xlsx"), RenderFormat.HTML, Optional.empty(), false));
        assertThat(html.text()).contains("<table");
        assertThat(html.unreadable()).isEmpty();

        RenderOutcome unreadable = new RenderJob(new ReturnReader()).run(new RenderRequest(ROSTER, RenderFormat.HTML, Optional.empty(), false));
        assertThat(unreadable.text()).isEmpty();
        assertThat(unreadable.unreadable()).contains("roster.csv");
        assertThat(unreadable.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void templateIsWrittenOnceAndNotReplacedWithoutForce() throws Exception {
        Path output = dir.resolve("模板.xlsx");
        new TemplateJob().run(new TemplateRequest(output, Filling.header("某局", 2025), Optional.empty(), false));
        byte[] first = Files.readAllBytes(output);

        assertThatThrownBy(() -> new TemplateJob().run(new TemplateRequest(output, Filling.blank(), Optional.empty(), false)))
                .isInstanceOf(JobRefusedException.class);
        assertThat(Files.readAllBytes(output)).isEqualTo(first);
    }

    @Test
    void exitStatusesAreThoseOfTheSpec() {
        assertThat(Stream.of(Verdict.values()).map(Verdict::exitStatus)).containsExactly(0, 1, 2, 3);
    }
}
