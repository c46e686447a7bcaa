package nianbao.read.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictUtf8Test {

    @ParameterizedTest
    @CsvSource({
        "'', true", "41, true", "c2a9, true", "e4b880, true", "efbbbf, true", "efbfbf, true", "f09f9880, true",
        "f48fbfbf, true", "ed9fbf, true", "eda080, false", "c0af, false", "c1bf, false",
        "e08080, false", "e0a080, true", "f08f8080, false", "f0908080, true", "f4908080, false", "f5808080, false",
        "80, false", "bf, false", "c2, false", "e4b8, false", "e4b841, false", "f09f98, false", "ff, false", "fe, false"})
    void agreesWithTheStrictDecoderOnEdgeCases(String hex, boolean expected) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(StrictUtf8.wellFormed(bytes, 0, bytes.length)).isEqualTo(decodes(bytes, 0, bytes.length)).isEqualTo(expected);
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        long seed = Seeds.take("StrictUtf8Test", new Random().nextLong());
        Random random = new Random(seed);
        byte[] pool = HexFormat.of().parseHex("41c2dfe0edeff0f4f5ff808f909fa0bfc0c1");
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
            }
            int from = random.nextInt(bytes.length);
            assertThat(StrictUtf8.wellFormed(bytes, from, bytes.length)).as("%s from %d (seed %d)",
                    HexFormat.of().formatHex(bytes), from, seed).isEqualTo(decodes(bytes, from, bytes.length));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "c2a0, 2", "c2a9, 2", "c280, -1", "c29f, -1", "e4b880, 3", "efbfbd, 3", "efbfbe, -1", "efbfbf, -1",
        "efbebf, 3", "f09f9880, 4", "eda080, -1", "c0af, -1", "e4b8, -1", "80, -1"})
    void xmlCharactersInTextAreWellFormedAndNeitherC1ControlsNorNonCharacters(String hex, int end) {
        assertThat(StrictUtf8.xmlCharEnd(HexFormat.of().parseHex(hex), 0)).isEqualTo(end);
    }

    @Test
    void anXmlCharacterIsOneTheStrictDecoderTakesAndXmlAllows() {
        long seed = Seeds.take("StrictUtf8Test xml", new Random().nextLong());
        Random random = new Random(seed);
        byte[] pool = HexFormat.of().parseHex("c2c3dfe0e4edeff0f4f5808f909fa0bbbebfc0");
        for (int n = 0; n < 100_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(4)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
            }
            bytes[0] = (byte) (bytes[0] | 0x80);
            int expected = -1;
            for (int length = 2; length <= bytes.length; length++) {
                if (decodes(bytes, 0, length)) {
                    int cp = new String(bytes, 0, length, StandardCharsets.UTF_8).codePointAt(0);
                    expected = cp >= 0xA0 && cp != 0xFFFE && cp != 0xFFFF ? length : -1;
                    break;
                }
            }
            assertThat(StrictUtf8.xmlCharEnd(bytes, 0)).as("%s (seed %d)", HexFormat.of().formatHex(bytes), seed)
                    .isEqualTo(expected);
        }
    }

    private static boolean decodes(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
