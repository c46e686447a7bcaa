package nianbao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier's long-arithmetic path against the careful one it replaced (all in BigDecimal, kept here
 * as the reference): same findings, byte for byte, on the sample returns and hand-made variants.
 */
class FastVerifierTest {

    static final long SEED = Seeds.property(20251125L);

    /** How a sample's values are altered before verifying. */
    static Stream<Arguments> variants() {
        Map<String, UnaryOperator<BigDecimal>> changes = new LinkedHashMap<>();
        changes.put("as read", v -> v);
        changes.put("written with a decimal point", v -> v.setScale(Math.max(1, v.scale())));
        changes.put("huge", v -> v.add(new BigDecimal("1000000000000000000000")));
        changes.put("just past fifteen digits", v -> v.add(BigDecimal.valueOf(999_999_999_999_999L)));
        changes.put("with an exponent", v -> v.multiply(new BigDecimal("1E+3")));
        changes.put("negative", BigDecimal::negate);
        changes.put("a fraction", v -> v.add(new BigDecimal("0.25")));
        List<Arguments> all = new ArrayList<>();
        for (String name : changes.keySet()) {
            all.add(Arguments.of(name, changes.get(name)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyAlteredSampleVerifiesAsTheCarefulPathDoes(String name, UnaryOperator<BigDecimal> change) throws IOException {
        long seed = Seeds.take("FastVerifierTest", SEED + name.hashCode());
        Random random = new Random(seed);
        for (Return sample : samples(seed)) {
            for (int round = 0; round < 20; round++) {
                Return r = altered(sample, change, random);
                assertThat(Verifier.verify(r)).as("%s round %d seed %d", sample.source(), round, seed)
                        .containsExactlyElementsOf(careful(r));
            }
        }
    }

    /** The samples as read, plus balanced and broken returns made from the form alone. */
    private static List<Return> samples(long seed) throws IOException {
        List<Return> samples = new ArrayList<>();
        Path dir = Path.of("samples/returns");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                samples.add(read(file));
            }
        }
        samples.add(BalancedReturns.of("湛河区教育局", 2024, BalancedReturns.values(new Random(seed))));
        return samples;
    }

    private static Return read(Path file) {
        try {
            return new ReturnReader().read(file);
        } catch (UnreadableException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Some values changed, some nudged off balance, some dropped. */
    private static Return altered(Return r, UnaryOperator<BigDecimal> change, Random random) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : r.values().entrySet()) {
            int dice = random.nextInt(20);
            BigDecimal v = dice < 2 ? change.apply(e.getValue()) : e.getValue();
            if (dice == 2) {
                v = v.add(BigDecimal.ONE);
            }
            if (dice != 3) {
                values.put(e.getKey(), v);
            }
        }
        return new Return(r.source(), r.meta(), values, r.cells(), r.findings());
    }

    /** The verifier as it was: every identity summed in BigDecimal through streams. */
    private static List<Finding> careful(Return r) {
        List<Finding> findings = new ArrayList<>(r.findings());
        for (Identity identity : Form.identities()) {
            if (fields(identity).allMatch(f -> r.values().containsKey(f.key()))) {
                check(r, identity).ifPresent(findings::add);
            }
        }
        return findings.stream().sorted().toList();
    }

    private static Optional<Finding> check(Return r, Identity identity) {
        BigDecimal left = identity.left().stream().map(r::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal right = identity.right().stream().map(r::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (left.compareTo(right) == 0) {
            return Optional.empty();
        }
        Field anchor = identity.anchor();
        BigDecimal actual = r.value(anchor);
        BigDecimal expected = actual.add(identity.left().contains(anchor) ? right.subtract(left) : left.subtract(right));
        List<String> keys = Stream.concat(Stream.of(anchor), fields(identity).filter(f -> !f.equals(anchor)))
                .map(Field::key).toList();
        return Optional.of(new Finding(Code.of(identity.kind()), keys, r.cells().get(anchor.key()),
                Amounts.text(expected), Amounts.text(actual), IdentityMessage.of(r, identity, left, right)));
    }

    private static Stream<Field> fields(Identity identity) {
        return Stream.concat(identity.left().stream(), identity.right().stream());
    }
}
