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
        List<IndexedIdentity> all = IndexedIdentity.ALL;
        for (int n = 0; n < all.size(); n++) {
            if (all.get(n).breaks(r)) {
                return withBroken(r, n);
            }
        }
        return r.findings().size() < 2 ? r.findings() : sorted(new ArrayList<>(r.findings()));
    }

    /**
     * The findings of a return with a broken identity, from the first one broken, {@code first}, on. An
     * identity that holds once the numbers stored as text are typed as numbers ({@link MendedText}) is not
     * reported: the {@code number_as_text} finding names the cell to mend, and mending it mends the totals.
     */
    private static List<Finding> withBroken(Return r, int first) {
        List<Finding> findings = new ArrayList<>(r.findings());
        Return mended = MendedText.of(r);
        List<IndexedIdentity> all = IndexedIdentity.ALL;
        for (int n = first; n < all.size(); n++) {
            IndexedIdentity identity = all.get(n);
            if ((n == first || identity.breaks(r)) && (mended == r || identity.breaks(mended))) {
                findings.add(finding(r, identity));
            }
        }
        return sorted(findings);
    }

    private static List<Finding> sorted(List<Finding> findings) {
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
