package nianbao.extract;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;

/** The form's identities checked on a published table's cells as far as they are known. */
final class IdentityCheck {

    private IdentityCheck() {
    }

    /** Whether the identity holds over these values; empty when one of its cells is not known. */
    static Optional<Boolean> holds(Identity identity, Map<String, BigDecimal> values) {
        BigDecimal difference = BigDecimal.ZERO;
        for (Field f : identity.left()) {
            BigDecimal v = values.get(f.key());
            if (v == null) {
                return Optional.empty();
            }
            difference = difference.add(v);
        }
        for (Field f : identity.right()) {
            BigDecimal v = values.get(f.key());
            if (v == null) {
                return Optional.empty();
            }
            difference = difference.subtract(v);
        }
        return Optional.of(difference.signum() == 0);
    }

    /** The identities all of whose cells are among these keys (a row's own: its 总计, a group's 总计). */
    static List<Identity> within(Collection<String> keys) {
        Set<String> set = Set.copyOf(keys);
        return Form.identities().stream().filter(i -> cells(i).allMatch(f -> set.contains(f.key()))).toList();
    }

    /** The identities that take in some of these keys but not only them (a column's 总计, the 勾稽关系). */
    static List<Identity> across(Collection<String> keys) {
        Set<String> set = Set.copyOf(keys);
        return Form.identities().stream()
                .filter(i -> cells(i).anyMatch(f -> set.contains(f.key())) && !cells(i).allMatch(f -> set.contains(f.key())))
                .toList();
    }

    /** What an identity says, in the words of a message: 「总计」等于六类申请人之和 (row_total). */
    static String words(IdentityKind kind) {
        return switch (kind) {
            case ROW_TOTAL -> "「总计」等于六类申请人之和（row_total）";
            case RESULTS_TOTAL -> "「（七）总计」等于各项办理结果之和（results_total）";
            case BALANCE -> "勾稽关系 一+二=（七）总计+四（balance）";
            case REVIEW_TOTAL -> "「总计」等于结果维持、结果纠正、其他结果、尚未审结之和（review_total）";
        };
    }

    private static Stream<Field> cells(Identity i) {
        return Stream.concat(i.left().stream(), i.right().stream());
    }
}
