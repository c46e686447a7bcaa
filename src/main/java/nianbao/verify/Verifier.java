package nianbao.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nianbao.form.Field;
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
        for (IndexedIdentity identity : IndexedIdentity.ALL) {
            if (identity.breaks(r)) {
                findings.add(finding(r, identity));
            }
        }
        findings.sort(null);
        return Collections.unmodifiableList(findings);
    }

    /** The finding of a broken identity, its amounts summed exactly. */
    private static Finding finding(Return r, IndexedIdentity indexed) {
        Identity identity = indexed.identity();
        BigDecimal left = Amounts.sum(r, identity.left());
        BigDecimal right = Amounts.sum(r, identity.right());
        Field anchor = identity.anchor();
        BigDecimal actual = r.value(anchor);
        BigDecimal expected = actual.add(identity.left().contains(anchor) ? right.subtract(left) : left.subtract(right));
        return new Finding(Code.of(identity.kind()), indexed.keys(), r.cells().get(anchor.key()),
                Amounts.text(expected), Amounts.text(actual), IdentityMessage.of(r, identity, left, right));
    }
}
