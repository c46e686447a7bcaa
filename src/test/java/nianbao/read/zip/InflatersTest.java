package nianbao.read.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** A reader's inflaters: given back ones are taken again, reset, and no more than the bound are kept. */
class InflatersTest {

    @Test
    void keepsAtMostItsBoundAndEndsTheRest() {
        Inflaters inflaters = new Inflaters();
        List<Inflater> taken = new ArrayList<>();
        for (int i = 0; i < Inflaters.KEPT + 4; i++) {
            taken.add(inflaters.take());
        }
        taken.forEach(inflaters::give);

        Set<Inflater> again = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < Inflaters.KEPT + 4; i++) {
            again.add(inflaters.take());
        }
        assertThat(taken.stream().filter(again::contains)).hasSize(Inflaters.KEPT);
        Inflater ended = taken.get(Inflaters.KEPT);
        assertThatThrownBy(ended::getBytesRead).as("an inflater beyond the bound is ended").isInstanceOf(NullPointerException.class);
    }

    @Test
    void anInflaterTakenAgainInflatesAfresh() throws Exception {
        Inflaters inflaters = new Inflaters();
        Inflater first = inflaters.take();
        assertThat(inflate(first, deflated("abc"), 3)).isEqualTo("abc");
        inflaters.give(first);
        Inflater second = inflaters.take();
        assertThat(second).isSameAs(first);
        assertThat(inflate(second, deflated("年报数据"), "年报数据".getBytes(StandardCharsets.UTF_8).length)).isEqualTo("年报数据");
    }

    private static byte[] deflated(String text) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] out = new byte[256];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    private static String inflate(Inflater inflater, byte[] deflated, int size) throws Exception {
        inflater.setInput(deflated);
        byte[] out = new byte[size];
        assertThat(inflater.inflate(out)).isEqualTo(size);
        return new String(out, StandardCharsets.UTF_8);
    }
}
