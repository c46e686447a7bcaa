package nianbao.form;

import java.util.List;
import java.util.Objects;

/**
 * A balancing identity of the form: the sum of the left cells must equal the sum of the right cells.
 *
 * @param kind which rule of form.md §2 this is
 * @param scope where it applies, in the form's own words (e.g. 「自然人」列)
 * @param left the cells summed on the left
 * @param right the cells summed on the right
 */
public record Identity(IdentityKind kind, String scope, List<Field> left, List<Field> right) {

    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("an identity needs cells on both sides: " + scope);
        }
    }

    /** The cell a finding about this identity points at: the total (or, for balance, 结转下年度). */
    public Field anchor() {
        return kind == IdentityKind.BALANCE ? right.get(right.size() - 1) : left.get(0);
    }
}
