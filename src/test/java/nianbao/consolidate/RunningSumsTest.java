package nianbao.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MatrixRow;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.model.FileStatus;
import nianbao.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sums kept while the returns come equal those added up from the spill at the end (totals scale
 * and all, roster groups, ranking and its ties), and the consolidator uses them when nothing decided
 * at the end changes which returns are summed.
 */
class RunningSumsTest {

    private static final String NEW_TOTAL = Form.matrix(MatrixRow.NEW, Applicant.TOTAL).key();

    /** Kinds of values a cell may hold, as a table of makers: small counts, fees of any scale, huge numbers. */
    private static final List<Function<Random, BigDecimal>> VALUES = List.of(
            r -> BigDecimal.valueOf(r.nextInt(5)),
            r -> BigDecimal.valueOf(r.nextInt(50)),
            r -> BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(7)),
            r -> BigDecimal.valueOf(r.nextInt(5)).setScale(r.nextInt(3)),
            r -> BigDecimal.valueOf(Long.MAX_VALUE - r.nextInt(10)),
            r -> new BigDecimal(1 + r.nextInt(9) + "0".repeat(18 + r.nextInt(10))),
            r -> new BigDecimal("1E+" + r.nextInt(25)),
            r -> BigDecimal.valueOf(-r.nextInt(50)));

    /** One random run: its options and each file's outcome, with the values of those that were read. */
    private record Run(Consolidator.Options options, List<FileResult> results, List<Map<String, BigDecimal>> values) {
    }

    @Test
    void runningSumsEqualTheFullPassOverManyRandomRuns() throws IOException {
        long seed = Seeds.take("RunningSumsTest", new Random().nextLong());
        Random rnd = new Random(seed);
        int running = 0;
        int trials = 300;
        for (int trial = 0; trial < trials; trial++) {
            Run run = randomRun(rnd);
            try (Spill spill = new Spill()) {
                Consolidator consolidator = new Consolidator(run.options(), spill);
                for (FileResult r : run.results()) {
                    consolidator.accept(r, SampleReturns.facts(rnd.nextInt(3)));
                }
                Consolidation c = consolidator.finish();
                Consolidation full = Totals.add(c.records(), spill, run.options(), match(run.options(), c.records()));

                String where = "seed " + seed + ", trial " + trial;
                assertThat(c.totals()).as("totals, " + where).isEqualTo(full.totals()).isEqualTo(plainSums(c, run));
                assertThat(c.groups()).as("groups, " + where).isEqualTo(full.groups());
                assertThat(c.top()).as("ranking, " + where).isEqualTo(full.top()).isEqualTo(plainRanking(c, run));
                running += keepsSummedAsArrived(c, run) ? 1 : 0;
            }
        }
        assertThat(running).as("runs where the running sums hold, of %d (seed %d)", trials, seed)
                .isBetween(trials / 10, trials - trials / 10);
    }

    @Test
    void aPlainRunDoesNotReadTheSpillAgain() throws IOException {
        Spill spill = new Spill();
        Consolidator c = new Consolidator(new Consolidator.Options(false, OptionalInt.of(2024), Optional.empty(), 5), spill);
        Map<String, BigDecimal> values = SampleReturns.values(new Random(3));
        c.accept(SampleReturns.ok(SampleReturns.of("a.xlsx", "甲", "", 2024, "", values)), SampleReturns.facts(1));
        c.accept(SampleReturns.invalid(SampleReturns.of("b.xlsx", "乙", "", 2024, "", values)), SampleReturns.facts(1));
        c.accept(FileResult.unreadable("c.xlsx", "不是 Excel 文件"), FileFacts.UNKNOWN);
        spill.close();

        Consolidation result = c.finish();

        Form.fields().forEach(f -> assertThat(result.totals().get(f.key())).as(f.key()).isEqualTo(values.get(f.key())));
        assertThat(result.top()).extracting(Consolidation.Ranked::file).containsExactly("a.xlsx");
    }

    static Stream<Arguments> endings() {
        Map<String, BigDecimal> v = SampleReturns.values(new Random(4));
        FileResult a = SampleReturns.ok(SampleReturns.of("a.xlsx", "甲", "", 2024, "2025-01-01", v));
        FileResult again = SampleReturns.ok(SampleReturns.of("a2.xlsx", "甲", "", 2024, "2025-01-02", v));
        FileResult invalidEarlier = SampleReturns.invalid(SampleReturns.of("a0.xlsx", "甲", "", 2024, "2024-12-31", v));
        FileResult old = SampleReturns.ok(SampleReturns.of("b.xlsx", "乙", "", 2023, "", v));
        Consolidator.Options plain = Consolidator.Options.defaults();
        Consolidator.Options year = new Consolidator.Options(false, OptionalInt.of(2024), Optional.empty(), 5);
        Consolidator.Options invalidToo = new Consolidator.Options(true, OptionalInt.empty(), Optional.empty(), 5);
        Consolidator.Options roster = new Consolidator.Options(false, OptionalInt.empty(),
                Optional.of(new Roster(List.of(new Roster.Member("甲", "", "本级")))), 5);
        return Stream.of(
                Arguments.of("a duplicate resolved away", plain, List.of(a, again), true),
                Arguments.of("a year not asked for", year, List.of(a, old), true),
                Arguments.of("a roster", roster, List.of(a), true),
                Arguments.of("an invalid duplicate summed with --include-invalid", invalidToo, List.of(a, invalidEarlier), true),
                Arguments.of("an invalid duplicate, not summed either way", plain, List.of(a, invalidEarlier), false),
                Arguments.of("two years, none asked for", plain, List.of(a, old), false));
    }

    @ParameterizedTest(name = "{0}: adds up again {3}")
    @MethodSource("endings")
    void addsUpAgainExactlyWhenTheEndChangesWhatIsSummed(String name, Consolidator.Options options, List<FileResult> files,
            boolean again) throws IOException {
        Spill spill = new Spill();
        Consolidator c = new Consolidator(options, spill);
        for (FileResult f : files) {
            c.accept(f, SampleReturns.facts(1));
        }
        spill.close();

        if (again) {
            assertThatThrownBy(c::finish).as("reads the spill, which is gone").isInstanceOf(IOException.class);
        } else {
            long ok = files.stream().filter(f -> f.status() == FileStatus.OK).count();
            assertThat(c.finish().summedCount()).as("summed from the running sums").isEqualTo(ok);
        }
    }

    private static Run randomRun(Random rnd) {
        boolean duplicates = rnd.nextInt(3) == 0;
        boolean askYear = rnd.nextInt(3) == 0;
        boolean roster = rnd.nextInt(4) == 0;
        int files = 1 + rnd.nextInt(30);
        int agencies = duplicates ? 1 + files / 3 : files;
        List<Function<Random, BigDecimal>> kinds = VALUES.subList(0, 1 + rnd.nextInt(VALUES.size()));
        List<FileResult> results = new ArrayList<>();
        List<Map<String, BigDecimal>> values = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Map<String, BigDecimal> v = randomValues(rnd, kinds);
            String file = "returns/" + i + ".xlsx";
            int agency = duplicates ? rnd.nextInt(agencies) : i;
            String code = agency % 3 == 0 ? String.format("11100000%010d", agency) : "";
            int year = rnd.nextInt(askYear ? 3 : 8) == 0 ? 2023 : 2024;
            String date = rnd.nextBoolean() ? "" : "2025-01-0" + (1 + rnd.nextInt(3));
            var read = SampleReturns.of(file, "单位" + agency, rnd.nextInt(4) == 0 ? "" : code, year, date, v);
            int kind = rnd.nextInt(10);
            results.add(kind == 0 ? FileResult.unreadable(file, "不是 Excel 文件")
                    : kind == 1 ? new FileResult(file, FileStatus.SKIPPED, "不是报表", null, List.of())
                    : kind < 5 ? SampleReturns.invalid(read) : SampleReturns.ok(read));
            values.add(kind < 2 ? Map.of() : v);
        }
        List<Roster.Member> members = IntStream.range(0, agencies).filter(a -> rnd.nextInt(3) > 0)
                .mapToObj(a -> new Roster.Member("单位" + a, "", rnd.nextBoolean() ? "本级部门" : "乡镇街道")).toList();
        return new Run(new Consolidator.Options(rnd.nextBoolean(), askYear ? OptionalInt.of(2024) : OptionalInt.empty(),
                roster ? Optional.of(new Roster(members)) : Optional.empty(), 1 + rnd.nextInt(5)), results, values);
    }

    private static Map<String, BigDecimal> randomValues(Random rnd, List<Function<Random, BigDecimal>> kinds) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (Field f : Form.fields()) {
            if (rnd.nextInt(5) > 0) {
                v.put(f.key(), kinds.get(rnd.nextInt(kinds.size())).apply(rnd));
            }
        }
        return v;
    }

    private static RosterMatch match(Consolidator.Options options, List<FileRecord> records) {
        return options.roster().map(r -> RosterMatch.of(r, records)).orElse(RosterMatch.NONE);
    }

    /** Plain BigDecimal addition from zero over the returns summed. */
    private static Map<String, BigDecimal> plainSums(Consolidation c, Run run) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Form.fields().forEach(f -> sums.put(f.key(), BigDecimal.ZERO));
        for (FileRecord r : c.records()) {
            if (r.summed()) {
                run.values().get(r.index()).forEach((k, v) -> sums.merge(k, v, BigDecimal::add));
            }
        }
        return sums;
    }

    /** The summed returns by applications received, most first, then by file; the first topN. */
    private static List<Consolidation.Ranked> plainRanking(Consolidation c, Run run) {
        return c.records().stream().filter(FileRecord::summed)
                .map(r -> new Consolidation.Ranked(r.agency().isEmpty() ? r.file() : r.agency(), r.file(),
                        run.values().get(r.index()).getOrDefault(NEW_TOTAL, BigDecimal.ZERO)))
                .sorted(Comparator.comparing(Consolidation.Ranked::value).reversed().thenComparing(Consolidation.Ranked::file))
                .limit(run.options().topN()).toList();
    }

    /** Whether no roster is given and every file is summed or not as it was on arrival. */
    private static boolean keepsSummedAsArrived(Consolidation c, Run run) {
        return run.options().roster().isEmpty() && c.records().stream().allMatch(r -> r.summed() == (run.results().get(r.index()).status()
                == FileStatus.OK || run.results().get(r.index()).status() == FileStatus.INVALID && run.options().includeInvalid()));
    }
}
