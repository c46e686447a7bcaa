package nianbao.read.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import nianbao.testing.PackageParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Shared strings decoded item by item from a plain part are the strings StAX reads; others are left to StAX. */
class SharedStringsTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private static final String SST = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" uniqueCount=\"4\">";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain                  | true  | <si><t>年报</t></si><si><t>填报单位</t></si>
            preserved spaces       | true  | <si><t xml:space="preserve"> a  b </t></si>
            empty text             | true  | <si><t></t></si><si><t>x</t></si>
            entities               | true  | <si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x4E2D;</t></si>
            tab and newline        | true  | `<si><t>a\tb\nc</t></si>`
            four-byte character    | true  | <si><t>𠀀</t></si>
            no items               | true  | ``
            rich text              | false | <si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></si>
            phonetic run           | false | <si><t>漢</t><rPh sb="0" eb="1"><t>かん</t></rPh><phoneticPr fontId="1"/></si>
            comment                | false | <!-- c --><si><t>a</t></si>
            carriage return        | false | `<si><t>a\r\nb</t></si>`
            CDATA                  | false | <si><t><![CDATA[a<b]]></t></si>
            space between tags     | false | <si> <t>a</t></si>
            empty element          | true  | <si><t/></si><si><t>x</t></si>
            """)
    void aPlainPartIsDecodedLazilyAndAnyOtherByStax(String name, boolean plain, String items) throws Exception {
        byte[] xml = (DECLARATION + SST + items.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r") + "</sst>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SharedStringBytes.items(xml) != null).as(name).isEqualTo(plain);
        assertSameStrings(xml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            byte order mark        | `\uFEFF<?xml version="1.0" encoding="UTF-8"?><sst><si><t>a</t></si></sst>`
            other declaration      | <?xml version='1.0' encoding='UTF-8'?><sst><si><t>a</t></si></sst>
            prefixed elements      | <?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="urn:x"><x:si><x:t>a</x:t></x:si></x:sst>
            prefixed attribute     | <?xml version="1.0" encoding="UTF-8"?><sst xmlns:mc="urn:mc" mc:Ignorable="x"><si><t>a</t></si></sst>
            duplicate attribute    | <?xml version="1.0" encoding="UTF-8"?><sst count="1" count="2"><si><t>a</t></si></sst>
            unknown entity         | <?xml version="1.0" encoding="UTF-8"?><sst><si><t>a &nbsp; b</t></si></sst>
            bare ampersand         | <?xml version="1.0" encoding="UTF-8"?><sst><si><t>a & b</t></si></sst>
            CDATA end in text      | <?xml version="1.0" encoding="UTF-8"?><sst><si><t>a ]]> b</t></si></sst>
            control character      | `<?xml version="1.0" encoding="UTF-8"?><sst><si><t>a\u0001b</t></si></sst>`
            trailing text          | <?xml version="1.0" encoding="UTF-8"?><sst><si><t>a</t></si></sst>x
            unclosed               | <?xml version="1.0" encoding="UTF-8"?><sst><si><t>a</t></si>
            """)
    void unusualPartsAreLeftToStax(String name, String text) throws Exception {
        byte[] xml = text.getBytes(StandardCharsets.UTF_8);
        assertThat(SharedStringBytes.items(xml)).as(name).isNull();
        assertSameStrings(xml);
    }

    /** NEL (U+0085) in a text block would end its line there, so this case is written as a plain string. */
    @Test
    void aC1ControlCharacterIsLeftToStax() throws Exception {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst><si><t>a\u0085b</t></si></sst>".getBytes(StandardCharsets.UTF_8);
        assertThat(SharedStringBytes.items(xml)).isNull();
        assertSameStrings(xml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            C0 80, lone continuation
            E4 B8, cut short
            ED A0 80, surrogate
            EF BF BE, not a character
            F4 90 80 80, beyond Unicode
            E0 80 80, overlong
            """)
    void malformedUtf8IsLeftToStax(String hex, String why) throws Exception {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst><si><t>a".getBytes(StandardCharsets.US_ASCII)) {
            bytes.add(b);
        }
        for (String h : hex.split(" ")) {
            bytes.add((byte) Integer.parseInt(h, 16));
        }
        for (byte b : "b</t></si></sst>".getBytes(StandardCharsets.US_ASCII)) {
            bytes.add(b);
        }
        byte[] xml = new byte[bytes.size()];
        for (int i = 0; i < xml.length; i++) {
            xml[i] = bytes.get(i);
        }
        assertThat(SharedStringBytes.items(xml)).as(why).isNull();
    }

    static Stream<Path> workbooks() throws IOException {
        try (Stream<Path> samples = Files.list(Path.of("samples/returns"))) {
            return samples.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void theSharedStringsOfRealWorkbooksAreTheOnesStaxReads(Path file) throws Exception {
        byte[] xml = PackageParts.unzip(file).get("xl/sharedStrings.xml");
        if (xml != null) {
            assertSameStrings(xml);
        }
    }

    /** Both readings give the same strings, or both fail. */
    private static void assertSameStrings(byte[] xml) throws Exception {
        List<String> stax;
        try {
            stax = SharedStrings.parse(xml);
        } catch (XMLStreamException e) {
            assertThatThrownBy(() -> SharedStrings.of(xml)).isInstanceOf(XMLStreamException.class);
            return;
        }
        SharedStrings strings = SharedStrings.of(xml);
        for (int i = -1; i <= stax.size(); i++) {
            assertThat(strings.get(i)).as("item " + i).isEqualTo(i >= 0 && i < stax.size() ? stax.get(i) : "");
        }
    }
}
