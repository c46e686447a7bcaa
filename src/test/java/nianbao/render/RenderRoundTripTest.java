package nianbao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nianbao.extract.Extraction;
import nianbao.extract.Extractor;
import nianbao.extract.RandomReturns;
import nianbao.model.Return;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** render → extract gives back the same 200 values, agency and year, in every format. */
class RenderRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(RenderFormat.values())
                .flatMap(f -> Stream.of(11L, 2024L, 987654321L).map(seed -> Arguments.of(f, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void renderedTablesExtractToTheSameValues(RenderFormat format, long seed) throws Exception {
        Seeds.note("RenderRoundTripTest", seed);
        Return original = RandomReturns.of(seed);
        Path file = dir.resolve("report." + format.extension());
        Files.writeString(file, format.render(original), StandardCharsets.UTF_8);

        Extraction back = new Extractor().extract(file);

        assertThat(back.read().findings()).isEmpty();
        assertThat(back.read().values()).containsExactlyEntriesOf(original.values());
        assertThat(back.read().agency()).isEqualTo(original.agency());
        assertThat(back.read().year()).isEqualTo(original.year());
    }
}
