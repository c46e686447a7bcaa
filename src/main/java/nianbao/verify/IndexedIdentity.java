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
 * @param cells the indexes of its cells: the left ones, then the right ones
 * @param leftCount how many of {@code cells} are on the left
 * @param keys the keys a finding names: the anchor first, then the others in order
 */
record IndexedIdentity(Identity identity, int[] cells, int leftCount, List<String> keys) {

    /** Every identity of {@link Form#identities()}, in the same order. */
    static final List<IndexedIdentity> ALL = Form.identities().stream().map(IndexedIdentity::of).toList();

    /** Whole values of at most this many digits are summed in a long: 21 of them cannot overflow. */
    private static final int LONG_DIGITS = 15;

    private static IndexedIdentity of(Identity identity) {
        List<Field> fields = new ArrayList<>(identity.left());
        fields.addAll(identity.right());
        int[] cells = new int[fields.size()];
        List<String> keys = new ArrayList<>(List.of(identity.anchor().key()));
        for (int n = 0; n < cells.length; n++) {
            cells[n] = fields.get(n).index();
            if (!fields.get(n).equals(identity.anchor())) {
                keys.add(fields.get(n).key());
            }
        }
        return new IndexedIdentity(identity, cells, identity.left().size(), List.copyOf(keys));
    }

    /** Whether every cell of the identity was read and its two sides differ. */
    boolean breaks(Return r) {
        long difference = 0;
        for (int n = 0; n < cells.length; n++) {
            BigDecimal v = r.valueAt(cells[n]);
            if (v == null) {
                return false;
            }
            if (v.scale() != 0 || v.precision() > LONG_DIGITS) {
                return breaksExactly(r);
            }
            difference += n < leftCount ? v.longValue() : -v.longValue();
        }
        return difference != 0;
    }

    private boolean breaksExactly(Return r) {
        BigDecimal difference = BigDecimal.ZERO;
        for (int n = 0; n < cells.length; n++) {
            BigDecimal v = r.valueAt(cells[n]);
            if (v == null) {
                return false;
            }
            difference = n < leftCount ? difference.add(v) : difference.subtract(v);
        }
        return difference.signum() != 0;
    }
}
