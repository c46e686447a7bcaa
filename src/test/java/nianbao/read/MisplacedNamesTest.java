package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.model.Code;
import nianbao.model.Return;
import nianbao.template.Filling;
import nianbao.template.TemplateLayout;
import nianbao.template.TemplateWriter;
import nianbao.testing.PackageParts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A key's defined name that cannot be trusted is {@code name_misplaced}: its cell is not read, nothing counts twice. */
class MisplacedNamesTest {

    private static final String KEY = "disclosure.licensing.decisions";
    private static final String PENALTY = "disclosure.penalty.decisions";

    @TempDir
    Path dir;

    private final ReturnReader reader = new ReturnReader();

    /** A filled template whose workbook part is edited as text: how a hostile sender makes names POI refuses. */
    private Path template(String name, UnaryOperator<String> workbookXml) throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        Form.fields().stream().filter(Field::isInput).forEach(f -> values.put(f.key(), BigDecimal.ZERO));
        values.put(KEY, BigDecimal.valueOf(5));
        values.put(PENALTY, BigDecimal.valueOf(777));
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new TemplateWriter().workbook(new Filling(Map.of(MetaKey.AGENCY, "某局", MetaKey.YEAR, "2024"), values));
                OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Map<String, byte[]> parts = PackageParts.unzip(file);
        parts.computeIfPresent("xl/workbook.xml", (k, v) -> workbookXml.apply(new String(v, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return PackageParts.zip(parts, dir.resolve("edited-" + name));
    }

    private static String cellOf(String key) {
        return TemplateLayout.cell(Form.field(key)).absolute();
    }

    static Stream<Arguments> untrusted() {
        return Stream.of(
                Arguments.of("defined twice at workbook level", (UnaryOperator<String>) x -> x.replace(
                        "</definedNames>", "<definedName name=\"" + KEY + "\">" + cellOf(PENALTY) + "</definedName></definedNames>"),
                        "不止一个"),
                Arguments.of("also defined on the sheet", (UnaryOperator<String>) x -> x.replace(
                        "</definedNames>", "<definedName name=\"" + KEY + "\" localSheetId=\"0\">" + cellOf(PENALTY)
                                + "</definedName></definedNames>"), "不止一个"),
                Arguments.of("sent to another key's cell", (UnaryOperator<String>) x -> x.replaceFirst(
                        "(<definedName name=\"" + Pattern.quote(KEY) + "\">)[^<]*", "$1" + cellOf(PENALTY).replace("$", "\\$")),
                        "指向同一个单元格"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untrusted")
    void anUntrustedNameIsMisplacedAndItsCellUnread(String what, UnaryOperator<String> edit, String says)
            throws Exception {
        Return r = reader.read(template(what.replace(' ', '-') + ".xlsx", edit));

        assertThat(r.findings()).filteredOn(f -> f.code() == Code.NAME_MISPLACED && f.keys().contains(KEY)).singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.message()).contains(says).contains("请用最新模板重新填报");
                });
        assertThat(r.values()).doesNotContainKey(KEY);
    }
}
