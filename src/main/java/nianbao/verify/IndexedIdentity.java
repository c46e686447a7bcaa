package nianbao.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.model.Return;

/**
 * An identity of the form as the form indexes of its cells, worked out once, so that checking a return
 * adds whole numbers in a long and turns to {@link BigDecimal} only for a fraction or a huge value.
 *
 * @param identity the identity
 * @param left the indexes summed on the left
 * @param right the indexes summed on the right
 * @param keys the keys a finding names: the anchor first, then the others in order
 */
record IndexedIdentity(Identity identity, int[] left, int[] right, List<String> keys) {

    /** Every identity of {@link Form#identities()}, in the same order. */
    static final List<IndexedIdentity> ALL = Form.identities().stream().map(IndexedIdentity::of).toList();

    /** Below this a whole value is summed in a long: 21 of them cannot overflow. */
    private static final int LONG_DIGITS = 15;

    private static IndexedIdentity of(Identity identity) {
        List<String> keys = new ArrayList<>();
        keys.add(identity.anchor().key());
        for (Field f : fields(identity)) {
            if (!f.equals(identity.anchor())) {
                keys.add(f.key());
            }
        }
        return new IndexedIdentity(identity, indexes(identity.left()), indexes(identity.right()), List.copyOf(keys));
    }

    /** Whether every cell of the identity was read and its two sides differ. */
    boolean breaks(Return r) {
        long sum = 0;
        for (int i : left) {
            BigDecimal v = r.valueAt(i);
            if (v == null || !isSmallWhole(v)) {
                return v != null && breaksExactly(r);
            }
            sum += v.longValue();
        }
        for (int i : right) {
            BigDecimal v = r.valueAt(i);
            if (v == null || !isSmallWhole(v)) {
                return v != null && breaksExactly(r);
            }
            sum -= v.longValue();
        }
        return sum != 0;
    }

    private boolean breaksExactly(Return r) {
        for (Field f : fields(identity)) {
            if (r.valueAt(f.index()) == null) {
                return false;
            }
        }
        return Amounts.sum(r, identity.left()).compareTo(Amounts.sum(r, identity.right())) != 0;
    }

    private static boolean isSmallWhole(BigDecimal v) {
        return v.scale() == 0 && v.precision() <= LONG_DIGITS;
    }

    private static List<Field> fields(Identity identity) {
        List<Field> all = new ArrayList<>(identity.left());
        all.addAll(identity.right());
        return all;
    }

    private static int[] indexes(List<Field> fields) {
        int[] indexes = new int[fields.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = fields.get(i).index();
        }
        return indexes;
    }
}
