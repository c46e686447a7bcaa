package nianbao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void bytesThatAreNotUtf8AreEscapedAndUtf8IsKept() {
        byte[] gbk = "湖泽.xlsx".getBytes(GBK);
        byte[] mixed = concat("报表/".getBytes(StandardCharsets.UTF_8), gbk);

        assertThat(FileNames.escaped(gbk)).isEqualTo("\\xBA\\xFE\\xD4\\xF3.xlsx");
        assertThat(FileNames.escaped(mixed)).isEqualTo("报表/\\xBA\\xFE\\xD4\\xF3.xlsx");
        assertThat(FileNames.escaped("报表.xlsx".getBytes(StandardCharsets.UTF_8))).isEqualTo("报表.xlsx");
    }

    @Test
    void theEscapedTextGivesBackTheBytes() {
        byte[] mixed = concat("报表/".getBytes(StandardCharsets.UTF_8), "湖泽.xlsx".getBytes(GBK));

        assertThat(FileNames.unescaped(FileNames.escaped(mixed))).isEqualTo(mixed);
        assertThat(FileNames.unescaped("a\\xZZ.xlsx")).as("not an escape").isEqualTo("a\\xZZ.xlsx".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUtf8PathIsShownAndNamedAsItIs() {
        Path p = Path.of("samples/returns/湛河区教育局.xlsx");

        assertThat(FileNames.shown(p)).isEqualTo(p.toString());
        assertThat(FileNames.named(p.toString())).isEqualTo(p);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
