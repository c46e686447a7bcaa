package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nianbao.form.MetaKey;
import nianbao.model.Return;
import nianbao.testing.FixtureValues;
import nianbao.testing.OfficialLayoutFixture.Writer;
import nianbao.testing.OfficialLayoutFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's one cache: bounded by entries, emptied when full, shared safely by threads, never changing what is read. */
class LayoutCacheTest {

    @TempDir
    Path dir;

    private record Text(String text) implements LayoutCache.Key<String> {
    }

    @Test
    void aFullCacheIsEmptiedBeforeItsNextEntry() {
        LayoutCache cache = new LayoutCache(3);
        for (String s : List.of("a", "b", "c")) {
            cache.put(new Text(s), s.toUpperCase());
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(new Text("a"))).isEqualTo("A");

        cache.put(new Text("d"), "D");

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(new Text("a"))).isNull();
        assertThat(cache.get(new Text("d"))).isEqualTo("D");
    }

    @Test
    void readersSharingOneSmallCacheOnSeveralThreadsReadWhatFreshReadersRead() throws Exception {
        List<Path> files = files();
        List<Return> alone = new ArrayList<>();
        for (Path file : files) {
            alone.add(new ReturnReader().read(file));
        }
        LayoutCache cache = new LayoutCache(16);
        ReturnReader shared = new ReturnReader(cache);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Return>> read = new ArrayList<>();
                for (Path file : files) {
                    read.add(pool.submit(() -> shared.read(file)));
                }
                for (int i = 0; i < files.size(); i++) {
                    assertThat(read.get(i).get()).as("round " + round + ", " + files.get(i).getFileName())
                            .isEqualTo(alone.get(i));
                }
                assertThat(cache.size()).as("entries after round " + round).isBetween(1, 16);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Files of every path: the template's names, printed labels at several places, .xls, formulas without values. */
    private List<Path> files() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            OfficialLayoutFixture fixture = OfficialLayoutFixture.of(FixtureValues.random(100L + i))
                    .meta(MetaKey.AGENCY, "机构" + i).meta(MetaKey.YEAR, "2024").names(i % 3 == 0).origin(2 + i % 2, 1 + i % 3);
            Writer writer = Writer.values()[i % Writer.values().length];
            files.add(fixture.write(dir.resolve(i + (writer == Writer.POI_XLS ? ".xls" : ".xlsx")), writer));
        }
        return files;
    }
}
