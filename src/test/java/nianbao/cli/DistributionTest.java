package nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code mvn package} puts in the packages a clerk unzips (src/assembly): the runnable jar, the
 * launcher, the blank template and 使用说明.txt, which Notepad on any Windows reads.
 */
class DistributionTest {

    private static final Path GUIDE = Path.of("src/dist/使用说明.txt");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"windows, zip, nianbao.bat", "linux, tar.gz, nianbao"})
    void eachPackageHoldsTheJarTheLauncherTheBlankTemplateAndTheGuide(String os, String format, String launcher) throws Exception {
        Document descriptor = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(Path.of("src/assembly", os + ".xml").toFile());

        assertThat(text(descriptor, "id")).containsExactly(os);
        assertThat(text(descriptor, "format")).containsExactly(format);
        assertThat(text(descriptor, "source")).containsExactly("${project.build.directory}/nianbao.jar", launcher,
                "templates/nianbao-template.xlsx", "src/dist/使用说明.txt");
        assertThat(text(descriptor, "destName")).containsExactly("年报填报模板.xlsx");
        for (String source : text(descriptor, "source").subList(1, 4)) {
            assertThat(Path.of(source)).isRegularFile();
        }
    }

    @Test
    void thePomMakesThePackagesWithTheVersionInTheirNames() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<descriptor>src/assembly/windows.xml</descriptor>", "<descriptor>src/assembly/linux.xml</descriptor>",
                "<finalName>nianbao-${project.version}</finalName>");
    }

    @Test
    void theGuideSaysHowToInstallJavaUnzipAndDoubleClickAndNotepadReadsIt() throws Exception {
        byte[] bytes = Files.readAllBytes(GUIDE);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).as("UTF-8 with a byte order mark").startsWith("\uFEFF");
        assertThat(text.replace("\r\n", "")).as("CRLF line endings").doesNotContain("\n");
        assertThat(text).contains("安装 Java", "Java 17", "https://adoptium.net/", "解压", "双击 nianbao.bat", "JAVA_HOME");
    }

    private static List<String> text(Document d, String tag) {
        NodeList nodes = d.getElementsByTagNameNS("*", tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent().strip());
        }
        return texts;
    }
}
