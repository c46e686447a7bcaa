package nianbao.read.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nianbao.consolidate.ReturnFiles;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ZipArrayTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfATemplateReturnAsZipFileDoes() throws Exception {
        Path file = ReturnFiles.write(dir.resolve("r.xlsx"), "某局", "", 2024, "", Map.of("application.new.natural_person", BigDecimal.TEN));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(ZipArray.of(bytes)).isPresent();
        assertSameParts(file, bytes);
    }

    @Test
    void readsStoredAndDeflatedEntriesAsZipFileDoes() throws Exception {
        Path file = Files.write(dir.resolve("mixed.zip"), mixedPackage());
        assertThat(ZipArray.of(Files.readAllBytes(file))).isPresent();
        assertSameParts(file, Files.readAllBytes(file));
    }

    @Test
    void aReturnReadFromItsBytesEqualsOneReadFromDisk() throws Exception {
        Path file = ReturnFiles.write(dir.resolve("r.xlsx"), "某局", "", 2024, "", Map.of("application.new.natural_person", BigDecimal.ONE));
        Return fromBytes = new ReturnReader().read(file, Files.readAllBytes(file));
        Return fromDisk = new ReturnReader().read(file, null);
        assertThat(fromBytes).isEqualTo(fromDisk);
    }

    /** Packages the fast path does not take: {@link ZipFile} reads (or refuses) them, as before. */
    enum Unusual {
        PREPENDED(b -> concat("MZ self-extractor stub".getBytes(StandardCharsets.US_ASCII), b)),
        TRUNCATED(b -> Arrays.copyOf(b, b.length - 10)),
        ENCRYPTED(b -> setCentralFlag(b, 1)),
        ZIP64_MARKER(b -> setCentralCompressedSize(b, 0xFFFFFFFF)),
        NON_ASCII_NAME(b -> replaceFirstName(b, (byte) 0xE8)),
        BAD_LOCAL_HEADER(b -> { byte[] c = b.clone(); c[0] = 'X'; return c; });

        final UnaryOperator<byte[]> damage;

        Unusual(UnaryOperator<byte[]> damage) {
            this.damage = damage;
        }
    }

    @ParameterizedTest
    @EnumSource(Unusual.class)
    void leavesUnusualPackagesToZipFile(Unusual unusual) throws Exception {
        assertThat(ZipArray.of(unusual.damage.apply(mixedPackage()))).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {-1, 1, 1000})
    void aSizeTheDirectoryGetsWrongIsLeftToTheStream(int off) throws Exception {
        byte[] bytes = mixedPackage();
        int at = centralDirectory(bytes) + 24;
        int size = (bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8) + off;
        bytes[at] = (byte) size;
        bytes[at + 1] = (byte) (size >>> 8);
        ZipArray array = ZipArray.of(bytes).orElseThrow();
        assertThat(array.inflate(array.entry("deflated.xml"))).isNull();
        assertThat(ZipParts.open(Path.of("x.zip"), bytes).read("deflated.xml"))
                .isEqualTo("<x>".repeat(2000).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void damagedDeflatedDataFailsAsZipFileDoes() throws Exception {
        byte[] bytes = mixedPackage();
        int data = indexOf(bytes, "deflated.xml".getBytes(StandardCharsets.US_ASCII)) + "deflated.xml".length();
        Arrays.fill(bytes, data, data + 8, (byte) 0xFF);
        Path file = Files.write(dir.resolve("bad.zip"), bytes);
        ZipArray array = ZipArray.of(bytes).orElseThrow();
        assertThatThrownBy(() -> readAll(array.open(array.entry("deflated.xml")))).isInstanceOf(ZipException.class);
        assertThat(array.inflate(array.entry("deflated.xml"))).isNull();
        assertThatThrownBy(() -> ZipParts.open(file, bytes).read("deflated.xml")).isInstanceOf(ZipException.class);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThatThrownBy(() -> readAll(zip.getInputStream(zip.getEntry("deflated.xml")))).isInstanceOf(ZipException.class);
        }
    }

    private static void assertSameParts(Path file, byte[] bytes) throws Exception {
        ZipArray array = ZipArray.of(bytes).orElseThrow();
        Map<String, byte[]> expected = new LinkedHashMap<>();
        Map<String, byte[]> actual = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                expected.put(e.getName(), readAll(zip.getInputStream(e)));
                actual.put(e.getName(), readAll(array.open(array.entry(e.getName()))));
                byte[] direct = array.inflate(array.entry(e.getName()));
                assertThat(direct == null ? expected.get(e.getName()) : direct).as(e.getName()).isEqualTo(expected.get(e.getName()));
                if (!e.isDirectory()) {
                    assertThat(ZipParts.open(file, bytes).read(e.getName())).as(e.getName()).isEqualTo(expected.get(e.getName()));
                }
            }
        }
        assertThat(actual).hasSameSizeAs(expected).allSatisfy((name, content) -> assertThat(content).isEqualTo(expected.get(name)));
        assertThat(array.has("nothing/here.xml")).isFalse();
    }

    private static byte[] mixedPackage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] text = "<x>".repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("deflated.xml"));
            out.write(text);
            out.closeEntry();
            ZipEntry stored = new ZipEntry("stored.xml");
            CRC32 crc = new CRC32();
            crc.update(text);
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(text.length);
            stored.setCompressedSize(text.length);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(text);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("folder/"));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static int centralDirectory(byte[] b) {
        return indexOf(b, new byte[] {0x50, 0x4B, 0x01, 0x02});
    }

    private static byte[] setCentralFlag(byte[] b, int flag) {
        byte[] c = b.clone();
        c[centralDirectory(c) + 8] |= (byte) flag;
        return c;
    }

    private static byte[] setCentralCompressedSize(byte[] b, int size) {
        byte[] c = b.clone();
        int at = centralDirectory(c) + 20;
        for (int i = 0; i < 4; i++) {
            c[at + i] = (byte) (size >>> (8 * i));
        }
        return c;
    }

    private static byte[] replaceFirstName(byte[] b, byte first) {
        byte[] c = b.clone();
        c[centralDirectory(c) + 46] = first;
        return c;
    }

    private static int indexOf(byte[] b, byte[] what) {
        for (int i = 0; i + what.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
