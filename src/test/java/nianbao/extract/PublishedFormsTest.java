package nianbao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.render.RenderFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms published reports really take (issue 17), each built here from the seed report or a
 * rendered return: a shattered table read in printed order, a crawler's run-together text, the variants
 * of table 四, blank totals and the title. Wherever a number cannot be read honestly it is missing.
 */
class PublishedFormsTest {

    private static final Path SEED = Path.of("samples/seed-report.txt");
    private static final String TITLE = "湛河区信访局 2024 年政府信息公开工作年度报告";

    @TempDir
    Path dir;

    // ---- order is the backbone

    @Test
    void aFragmentThatFitsTwoRowsIsNoEvidenceAndRowsFollowThePrintedOrder() throws Exception {
        Return original = zeros(Map.of(
                key(MatrixRow.OTHER_NO_CORRECTION, Applicant.NATURAL_PERSON), 1,
                key(MatrixRow.OTHER_UNPAID_FEE, Applicant.NATURAL_PERSON), 2,
                key(MatrixRow.UNAVAILABLE_NOT_HELD, Applicant.NATURAL_PERSON), 4,
                key(MatrixRow.UNAVAILABLE_NEEDS_CREATION, Applicant.NATURAL_PERSON), 6));
        String md = RenderFormat.MD.render(original)
                .replaceFirst("\\| [^|]*1\\.申请人无正当理由[^|]*\\|", "| 行政机关不再处理其政府信息公 |")
                .replaceFirst("\\| [^|]*1\\.本机关不掌握相关政府信息 \\|", "|")
                .replaceFirst("\\| [^|]*2\\.没有现成信息需要另行制作 \\|", "|")
                .replaceFirst("\\| [^|]*3\\.补正后申请内容仍不明确 \\|", "|");

        Return read = extract("order.md", md);

        assertThat(read.values()).containsAllEntriesOf(original.values()).hasSize(Form.SIZE);
    }

    @Test
    void unlabelledRowsThatDoNotMatchTheRowsBetweenTheirAnchorsAreMissingNotShifted() throws Exception {
        Return original = zeros(Map.of(key(MatrixRow.UNAVAILABLE_NEEDS_CREATION, Applicant.NATURAL_PERSON), 6));
        String md = RenderFormat.MD.render(original)
                .replaceFirst("\\| [^|]*1\\.本机关不掌握相关政府信息 \\|[^\\n]*\\n", "")
                .replaceFirst("\\| [^|]*2\\.没有现成信息需要另行制作 \\|", "|")
                .replaceFirst("\\| [^|]*3\\.补正后申请内容仍不明确 \\|", "|");

        Return read = extract("gap.md", md);

        for (MatrixRow row : List.of(MatrixRow.UNAVAILABLE_NOT_HELD, MatrixRow.UNAVAILABLE_NEEDS_CREATION, MatrixRow.UNAVAILABLE_UNCLEAR)) {
            for (Applicant col : Applicant.values()) {
                assertThat(read.values()).as(key(row, col)).doesNotContainKey(key(row, col));
                assertThat(missing(read)).contains(key(row, col));
            }
        }
        assertThat(read.values()).hasSize(Form.SIZE - 21).containsAllEntriesOf(without(original.values(), read));
    }

    // ---- a crawler's run-together text

    static Stream<Arguments> runTogether() {
        return Stream.of(
                Arguments.of("one digit a cell", "0000000", "0 0 0 0 0 0 0", ""),
                Arguments.of("the one cut that sums", "280000028", "28 0 0 0 0 0 28", "row_total"),
                Arguments.of("spaces missing between two cells", "0 0 0 0 0 00", "0 0 0 0 0 0 0", "row_total"),
                Arguments.of("fewer numbers than cells", "0 0 0 0 0 0", "", ""),
                Arguments.of("a blank total is as likely", "500000 5", "", ""),
                Arguments.of("a blank cell would also sum", "5500010", "", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("runTogether")
    void runTogetherDigitsAreCutOnlyWhereOneCutIsPossible(String what, String printed, String cells, String identity) throws Exception {
        String text = crawler().replace("一、本年新收政府信息公开申请数量0000000", "一、本年新收政府信息公开申请数量" + printed);

        Return read = extract("crawler.txt", text);

        List<Field> fields = fields(MatrixRow.NEW);
        for (int i = 0; i < fields.size(); i++) {
            String k = fields.get(i).key();
            if (cells.isEmpty()) {
                assertThat(read.values()).as(k).doesNotContainKey(k);
            } else {
                assertThat(read.values().get(k)).as(k).isEqualByComparingTo(cells.split(" ")[i]);
            }
        }
        List<Finding> splits = read.findings().stream().filter(f -> f.code() == Code.SPLIT_INFERRED).toList();
        assertThat(splits).as("split_inferred").hasSize(identity.isEmpty() ? 0 : fields.size())
                .allMatch(f -> f.message().contains(identity));
        assertThat(read.values()).hasSizeGreaterThanOrEqualTo(Form.SIZE - fields.size());
    }

    @Test
    void twoCutsThatBothSumAreDecidedByTheColumnTotal() throws Exception {
        String text = crawler()
                .replace("一、本年新收政府信息公开申请数量0000000", "一、本年新收政府信息公开申请数量11 0 0 0 0 0 11")
                .replace("(一) 予以公开0000000", "(一) 予以公开110000011")
                .replace("(七) 总计0000000", "(七) 总计11 0 0 0 0 0 11");

        Return read = extract("crawler.txt", text);

        assertThat(fields(MatrixRow.GRANTED).stream().map(f -> read.values().get(f.key()).intValue()).toList())
                .containsExactly(11, 0, 0, 0, 0, 0, 11);
        assertThat(read.findings()).filteredOn(f -> f.code() == Code.SPLIT_INFERRED).hasSize(7)
                .allMatch(f -> f.message().contains("row_total") && f.message().contains("results_total"));
        assertThat(read.findings()).noneMatch(Finding::isError);
    }

    @Test
    void twoCutsThatNothingElseDecidesLeaveTheCellsTheyDisagreeOnMissing() throws Exception {
        String text = crawler().replace("一、本年新收政府信息公开申请数量0000000", "一、本年新收政府信息公开申请数量110000011")
                .replace("二、上年结转政府信息公开申请数量0000000", "二、上年结转政府信息公开申请数量0 0 0 0 0 0");

        Return read = extract("crawler.txt", text);

        List<Field> fields = fields(MatrixRow.NEW);
        assertThat(read.values().keySet()).doesNotContain(fields.get(0).key(), fields.get(1).key());
        assertThat(read.values().get(fields.get(6).key())).isEqualByComparingTo("11");
        assertThat(missing(read)).contains(fields.get(0).key(), fields.get(1).key());
    }

    @Test
    void aCrawlersWholeReportOnOneLineReadsLikeTheSeed() throws Exception {
        Return read = extract("crawler.txt", crawler());

        assertThat(read.values()).hasSize(Form.SIZE).allSatisfy((k, v) -> assertThat(v).isEqualByComparingTo(BigDecimal.ZERO));
        assertThat(read.agency()).isEqualTo("湛河区信访局");
        assertThat(read.year()).hasValue(2024);
    }

    // ---- table 四

    static Stream<Arguments> reviewHeadings() {
        return Stream.of(Arguments.of("四、行政复议与行政诉讼情况"), Arguments.of("三、政府信息公开行政复议、行政诉讼情况"),
                Arguments.of("四、政府信息公开行政复议和行政诉讼情况"), Arguments.of("## 表四：政府信息公开行政复议、行政诉讼情况"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewHeadings")
    void tableFourIsFoundUnderTheHeadingsReportsPrint(String heading) throws Exception {
        String text = seed().replace("四、政府信息公开行政复议、行政诉讼情况", heading)
                .replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "1\t0\t0\t0\t1\t0\t2\t0\t0\t2\t0\t0\t3\t0\t3");

        Return read = extract("heading.txt", text);

        assertThat(reviewValues(read)).containsExactly(1, 0, 0, 0, 1, 0, 2, 0, 0, 2, 0, 0, 3, 0, 3);
    }

    @Test
    void tableFourPrintedAsThreeTablesOfFiveIsReadGroupByGroup() throws Exception {
        String three = String.join("\n", "行政复议", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "1\t0\t0\t0\t1",
                "行政诉讼（未经复议直接起诉）", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "0\t2\t0\t0\t2",
                "行政诉讼（复议后起诉）", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "0\t0\t3\t0\t3");

        Return read = extract("three.txt", replaceReviewTable(seed(), three));

        assertThat(reviewValues(read)).containsExactly(1, 0, 0, 0, 1, 0, 2, 0, 0, 2, 0, 0, 3, 0, 3);
    }

    @Test
    void theFeeTableOf2025IsNotReadAsTableFour() throws Exception {
        String fees = "五、信息处理费收取情况\n收费数量\t收费金额\t减免数量\t减免金额\t其他\n3\t120\t1\t40\t0\n";
        String withoutFour = replaceReviewTable(seed(), "").replace("四、政府信息公开行政复议、行政诉讼情况", fees);

        Return read = extract("fees.txt", withoutFour);

        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                assertThat(read.values()).doesNotContainKey(Form.review(g, o).key());
            }
        }
        Return both = extract("both.txt", seed().replace("五、存在的主要问题及改进情况", fees + "\n五、存在的主要问题及改进情况"));
        assertThat(reviewValues(both)).containsOnly(0).hasSize(15);
    }

    // ---- blank totals

    @Test
    void aBlankTotalBesidePartsThatAreNotZeroBreaksRowTotalAndStaysAbsent() throws Exception {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put(key(MatrixRow.NEW, Applicant.NATURAL_PERSON), 1);
        values.put(key(MatrixRow.NEW, Applicant.TOTAL), 1);
        values.put(key(MatrixRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON), 1);
        Return original = zeros(values);
        Map<String, BigDecimal> printed = new LinkedHashMap<>(original.values());
        String blank = key(MatrixRow.CARRIED_FORWARD, Applicant.TOTAL);
        printed.remove(blank);
        String md = RenderFormat.MD.render(new Return("r", original.meta(), printed, Map.of(), List.of()));

        Return read = extract("blank.md", md);

        assertThat(read.values()).doesNotContainKey(blank).hasSize(Form.SIZE - 1);
        assertThat(missing(read)).containsExactly(blank);
        assertThat(SampleReportsTest.identityBreaks(read)).containsExactlyInAnyOrder("row_total", "balance");
        assertThat(read.findings()).filteredOn(f -> f.code() == Code.ROW_TOTAL).singleElement()
                .satisfies(f -> assertThat(f.keys().get(0)).isEqualTo(blank))
                .satisfies(f -> assertThat(f.message()).contains("印为空白"));
    }

    // ---- the title

    @Test
    void theAgencyAndYearComeFromTheTitleNeverFromASentenceOfTheBody() throws Exception {
        String body = "根据《中华人民共和国政府信息公开条例》要求，结合我局实际，编制2024年政府信息公开工作年度报告。";
        String labelled = "标题: 平潭综合实验区行政审批局2024年政府信息公开工作年度报告\n发布时间: 2025-01-24\n" + body + crawlerBody();
        String untitled = body + crawlerBody();

        String runOn = "平潭综合实验区管委会办公室2020年度政府信息公开工作年度报告 " + body + crawlerBody();

        Return titled = extract("titled.txt", labelled);
        Return bodyOnly = extract("untitled.txt", untitled);
        Return firstLine = extract("first-line.txt", runOn);

        assertThat(titled.agency()).isEqualTo("平潭综合实验区行政审批局");
        assertThat(titled.year()).hasValue(2024);
        assertThat(firstLine.agency()).isEqualTo("平潭综合实验区管委会办公室");
        assertThat(firstLine.year()).hasValue(2020);
        assertThat(bodyOnly.agency()).isEmpty();
        assertThat(bodyOnly.year()).isEmpty();
    }

    @Test
    void aPageWithTwoYearsSideBySideGivesNoYearAndWarns() throws Exception {
        String text = seed().replace(TITLE, "湛河区信访局2023年政府信息公开工作年度报告    湛河区信访局2024年政府信息公开工作年度报告");

        Return read = extract("two.txt", text);

        assertThat(read.year()).isEmpty();
        assertThat(read.findings()).filteredOn(f -> f.code() == Code.YEAR_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.isError()).isFalse())
                .satisfies(f -> assertThat(f.message()).contains("2023、2024"));
    }

    // ---- helpers

    private Return extract(String name, String text) throws Exception {
        return new Extractor().extract(write(name, text)).read();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String seed() throws Exception {
        return Files.readString(SEED);
    }

    /** The seed as a site crawler saves it: a 标题 line, then the whole body on one line, cells run together. */
    private static String crawler() throws Exception {
        return "标题: 湛河区信访局2024年政府信息公开工作年度报告\n==================== 正文 ====================\n" + crawlerBody();
    }

    private static String crawlerBody() throws Exception {
        return seed().replace(TITLE, "").replaceAll("[\\t\\n\\r]", "") + "\n";
    }

    /** The seed with table 四's header and number rows replaced. */
    private static String replaceReviewTable(String text, String replacement) {
        int start = text.indexOf("行政复议\t");
        int end = text.indexOf("五、存在的主要问题");
        return text.substring(0, start) + replacement + "\n\n" + text.substring(end);
    }

    private static List<Integer> reviewValues(Return read) {
        List<Integer> values = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                BigDecimal v = read.values().get(Form.review(g, o).key());
                values.add(v == null ? null : v.intValue());
            }
        }
        return values;
    }

    /** A return of zeros but for the given values, the totals summed. */
    private static Return zeros(Map<String, Integer> given) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            values.put(f.key(), BigDecimal.valueOf(given.getOrDefault(f.key(), 0)));
        }
        for (MatrixRow row : MatrixRow.values()) {
            BigDecimal sum = Applicant.inputs().stream().map(c -> values.get(key(row, c))).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!given.containsKey(key(row, Applicant.TOTAL)) && row != MatrixRow.TOTAL) {
                values.put(key(row, Applicant.TOTAL), sum);
            }
        }
        for (Applicant col : Applicant.values()) {
            values.put(key(MatrixRow.TOTAL, col), MatrixRow.results().stream().map(r -> values.get(key(r, col)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.put(MetaKey.AGENCY, "湛河区信访局");
        meta.put(MetaKey.YEAR, "2024");
        return new Return("zeros", meta, values, Map.of(), List.of());
    }

    private static String key(MatrixRow row, Applicant col) {
        return Form.matrix(row, col).key();
    }

    private static List<Field> fields(MatrixRow row) {
        return java.util.Arrays.stream(Applicant.values()).map(c -> Form.matrix(row, c)).toList();
    }

    private static List<String> missing(Return read) {
        return read.findings().stream().filter(f -> f.code() == Code.MISSING_CELL).map(f -> f.keys().get(0)).toList();
    }

    private static Map<String, BigDecimal> without(Map<String, BigDecimal> values, Return read) {
        return values.entrySet().stream().filter(e -> read.values().containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
