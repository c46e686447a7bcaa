package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nianbao.form.MetaKey;
import nianbao.testing.OfficialLayoutFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user sees nianbao's own Chinese lines on stderr, never a library's log lines. */
class QuietStderrTest {

    @TempDir
    Path dir;

    @Test
    void readingAndAnnotatingAnXlsLogsNothingFromPoi() throws Exception {
        Path xls = OfficialLayoutFixture.zeros().meta(MetaKey.AGENCY, "某局").meta(MetaKey.YEAR, "2024")
                .set("application.new.natural_person", "无")
                .write(dir.resolve("某局.xls"), OfficialLayoutFixture.Writer.POI_XLS);

        Process p = DataSafetyTest.nianbaoWithStderr("verify", "--annotate", dir.resolve("标注").toString(), xls.toString());
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(Main.OK);
        assertThat(stderr).doesNotContain("org.apache").doesNotContain("INFO").doesNotContain("WARN").isEmpty();
    }
}
