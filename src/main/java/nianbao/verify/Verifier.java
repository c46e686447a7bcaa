package nianbao.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;

/** Checks a return against the balancing identities of the form; pure: values in, findings out. */
public final class Verifier {

    private Verifier() {
    }

    /** The return's reading findings plus one finding per broken identity, sorted. */
    public static List<Finding> verify(Return r) {
        List<Finding> findings = new ArrayList<>(r.findings());
        for (Identity identity : Form.identities()) {
            if (allRead(r, identity)) {
                check(r, identity).ifPresent(findings::add);
            }
        }
        return findings.stream().sorted().toList();
    }

    private static boolean allRead(Return r, Identity identity) {
        return fields(identity).allMatch(f -> r.values().containsKey(f.key()));
    }

    private static Optional<Finding> check(Return r, Identity identity) {
        BigDecimal left = Amounts.sum(r, identity.left());
        BigDecimal right = Amounts.sum(r, identity.right());
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
