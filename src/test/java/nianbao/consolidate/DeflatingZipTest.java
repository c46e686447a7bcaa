package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;

class DeflatingZipTest {

    @Test
    void entriesComeOutInOrderWithEveryByte() throws IOException {
        long seed = Seeds.take("DeflatingZipTest", 42L);
        Random rnd = new Random(seed);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes());
        parts.put("xl/worksheets/sheet1.xml", new byte[0]);
        parts.put("xl/worksheets/sheet2.xml", text(rnd, 3_000_000));
        parts.put("xl/styles.xml", text(rnd, 70_000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflatingZip zip = new DeflatingZip(out)) {
            int n = 0;
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.entry(part.getKey(), n++ % 2 == 0 ? DeflatingZip.Compression.NORMAL : DeflatingZip.Compression.FAST);
                byte[] bytes = part.getValue();
                for (int at = 0; at < bytes.length; ) {
                    int len = Math.min(bytes.length - at, 1 + rnd.nextInt(100_000));
                    zip.write(bytes, at, len);
                    at += len;
                }
                if (bytes.length > 0) {
                    zip.write('\n');
                }
            }
            zip.finish();
        }
        Map<String, byte[]> back = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                back.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(back.keySet()).containsExactlyElementsOf(parts.keySet());
        parts.forEach((name, bytes) -> {
            String expected = new String(bytes) + (bytes.length > 0 ? "\n" : "");
            assertThat(new String(back.get(name))).as(name).isEqualTo(expected);
        });
    }

    @Test
    void aFailureOfTheZipThreadReachesTheCaller() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("磁盘已满");
            }
        };
        assertThatThrownBy(() -> {
            try (DeflatingZip zip = new DeflatingZip(broken)) {
                zip.entry("a.xml", DeflatingZip.Compression.FAST);
                zip.write(text(new Random(1), 5_000_000));
                zip.finish();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("磁盘已满");
    }

    private static byte[] text(Random rnd, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + rnd.nextInt(rnd.nextInt(3) == 0 ? 26 : 3));
        }
        return b;
    }
}
