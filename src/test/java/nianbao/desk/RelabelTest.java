package nianbao.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** A stored path, however the outcome writes it (plainly, in JSON, in XML; on Linux or Windows), is shown by its label. */
class RelabelTest {

    static final String HASH = "3a73717db2af61a005bfd470819cb44088a5c387e2469aba713838e5b75bb09c";

    static Stream<Arguments> writings() {
        return Stream.of(
                Arguments.of("/home/k/nianbao-工作台/收到的文件", "/home/k/nianbao-工作台/收到的文件/3a/" + HASH + ".xlsx：文件已损坏"),
                Arguments.of("ws/收到的文件", "ws/收到的文件/3a/" + HASH + ".xlsx"),
                Arguments.of("D:\\nianbao\\nianbao-工作台\\收到的文件", "D:\\nianbao\\nianbao-工作台\\收到的文件\\3a\\" + HASH + ".xlsx：文件已损坏"),
                Arguments.of("D:\\nianbao\\nianbao-工作台\\收到的文件",
                        new String(JsonStringEncoder.getInstance().quoteAsString("D:\\nianbao\\nianbao-工作台\\收到的文件\\3a\\" + HASH + ".xlsx"))),
                Arguments.of("D:\\A&B\\收到的文件", "D:\\A&amp;B\\收到的文件\\3a\\" + HASH + ".xlsx"));
    }

    @ParameterizedTest
    @MethodSource("writings")
    void aStoredPathIsShownByItsLabel(String root, String text) {
        String shown = new Relabel(root, Map.of("3a/" + HASH + ".xlsx", "湛河区公安分局.xlsx（第2版）")).text(text);
        assertThat(shown).startsWith("湛河区公安分局.xlsx（第2版）").doesNotContain(HASH);
    }

    @ParameterizedTest
    @MethodSource("writings")
    void aLabelIsWrittenAsTheTextNeedsIt(String root, String text) {
        String shown = new Relabel(root, Map.of("3a/" + HASH + ".xlsx", "a\"b<c>.xlsx")).text(text, s -> s.replace("\"", "\\\""));
        assertThat(shown).startsWith("a\\\"b<c>.xlsx");
    }

    @ParameterizedTest
    @MethodSource("writings")
    void aPathOfAnotherStoreIsLeftAsItIs(String root, String text) {
        String other = text.replace("收到的文件", "别的文件夹");
        assertThat(new Relabel(root, Map.of("3a/" + HASH + ".xlsx", "x.xlsx")).text(other)).isEqualTo(other);
    }
}
