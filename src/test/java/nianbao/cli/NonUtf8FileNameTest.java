package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import nianbao.cli.HostileCorpusTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose name is GBK bytes (from a zip or a Windows share, on a UTF-8 Linux) is shown with those
 * bytes escaped, not as 「����」, and the escaped name names it on the command line.
 */
class NonUtf8FileNameTest {

    /** 湖泽.xlsx in GBK, as a file URI spells the bytes of a name. */
    private static final String GBK_NAME = "%BA%FE%D4%F3.xlsx";
    private static final String SHOWN = "\\xBA\\xFE\\xD4\\xF3.xlsx";

    @TempDir
    Path dir;

    @Test
    void aGbkNamedReturnIsShownEscapedAndCanBeNamedSo() throws Exception {
        assumeTrue(File.separatorChar == '/' && "UTF-8".equals(System.getProperty("sun.jnu.encoding"))
                && !System.getProperty("os.name").startsWith("Mac"),
                "needs a file system of byte names read as UTF-8 (Linux in a UTF-8 locale): skipped");
        // The JVM makes a name of these exact bytes through a file URI, which keeps bytes, not characters.
        Path gbk = Path.of(URI.create(dir.toUri() + GBK_NAME));
        Files.copy(Path.of("samples/returns/湛河区教育局.xlsx"), gbk);

        Run listed = HostileCorpusTest.run("verify", dir.toString());
        Run named = HostileCorpusTest.run("verify", dir.resolve("").toString() + "/" + SHOWN);

        assertThat(listed.code()).as(listed.err()).isEqualTo(Main.OK);
        assertThat(listed.out()).startsWith("✓ " + dir + "/" + SHOWN + "  湛河区教育局  2024 年").doesNotContain("\uFFFD");
        assertThat(named.code()).as(named.err()).isEqualTo(Main.OK);
        assertThat(named.out()).startsWith("✓ " + dir + "/" + SHOWN + "  湛河区教育局  2024 年");
    }
}
