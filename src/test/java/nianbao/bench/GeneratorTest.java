package nianbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.form.MetaKey;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.model.Severity;
import nianbao.read.ReturnReader;
import nianbao.testing.Seeds;
import nianbao.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final long SEED = Seeds.property(20240601L);
    private static final int N = 30;

    @TempDir
    static Path dir;
    static Generator generator;
    static List<Path> files;

    @BeforeAll
    static void generate() throws Exception {
        Seeds.note("GeneratorTest", SEED);
        generator = new Generator(SEED, 0.5);
        files = generator.writeAll(dir, N, 2);
    }

    @Test
    void everyFileReadsBackToItsGeneratedValuesAndAgency() throws Exception {
        for (int i = 0; i < N; i++) {
            Generator.Sample sample = generator.sample(i);
            Return r = new ReturnReader().read(files.get(i));
            assertThat(stripped(r.values())).as("values of %s (%s, %s)", sample.fileName(), sample.kind(), sample.mistake())
                    .isEqualTo(stripped(sample.shown()));
            assertThat(r.meta()).as("meta of %s", sample.fileName())
                    .containsEntry(MetaKey.AGENCY, sample.agency()).containsEntry(MetaKey.YEAR, "2024");
        }
    }

    @Test
    void cleanFilesVerifyWithoutErrorsAndEachMistakeIsReported() throws Exception {
        for (int i = 0; i < N; i++) {
            Generator.Sample sample = generator.sample(i);
            List<Finding> findings = Verifier.verify(new ReturnReader().read(files.get(i)));
            if (sample.mistake() == Mistake.NONE) {
                assertThat(findings).as("findings of clean %s (%s)", sample.fileName(), sample.kind())
                        .noneMatch(f -> f.code().severity() == Severity.ERROR);
            } else {
                assertThat(findings).as("findings of %s with %s", sample.fileName(), sample.mistake())
                        .anyMatch(f -> f.code() == sample.mistake().code())
                        .anyMatch(f -> f.code().severity() == Severity.ERROR);
            }
        }
    }

    @Test
    void theRunCoversEveryKindAndEveryMistake() {
        List<Generator.Sample> samples = java.util.stream.IntStream.range(0, N).mapToObj(generator::sample).toList();
        assertThat(samples).extracting(Generator.Sample::kind).containsAll(List.of(BaseFile.Kind.values()));
        assertThat(samples).extracting(Generator.Sample::mistake).containsAll(List.of(Mistake.values()));
    }

    @Test
    void theSameSeedGivesTheSameReturns() throws Exception {
        Generator again = new Generator(SEED, 0.5);
        for (int i = 0; i < N; i++) {
            assertThat(again.sample(i)).as("sample %d", i).isEqualTo(generator.sample(i));
        }
    }

    @Test
    void uncachedTemplateFilesStoreNoFormulaValues() throws Exception {
        BaseFile base = BaseFile.of(BaseFile.Kind.TEMPLATE_UNCACHED);
        String xml = Variant.sheet(base, new String(base.entries().get(base.sheetPart()), java.nio.charset.StandardCharsets.UTF_8),
                generator.sample(1).shown());
        assertThat(xml).contains("<f>SUM(").doesNotContain("</f><v>");
    }

    private static Map<String, BigDecimal> stripped(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, v.stripTrailingZeros()));
        return m;
    }
}
