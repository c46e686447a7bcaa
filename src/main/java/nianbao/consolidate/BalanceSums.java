package nianbao.consolidate;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.IdentityKind;
import nianbao.model.Finding;

/**
 * What 校验 shows as 应为 and 实为 for a broken balance: the side that holds 结转下年度, as it should sum and as
 * it does ((七)总计+四=7 against (七)总计+四=8), since the cell alone may have to be negative to balance and the
 * error may as well lie in (七)总计.
 */
final class BalanceSums {

    private BalanceSums() {
    }

    /**
     * 应为 and 实为 of a {@code balance} finding about the return whose values are {@code entry}'s: by the
     * identity its first key belongs to, or the finding's own when it names none.
     */
    static String[] of(Finding balance, Spill.Entry entry) {
        Identity identity = balance.keys().isEmpty() ? null : identity(balance.keys().get(0));
        if (identity == null) {
            return new String[] {balance.expected(), balance.actual()};
        }
        BigDecimal left = sum(identity.left(), entry);
        BigDecimal right = sum(identity.right(), entry);
        String terms = identity.right().stream().map(Field::rowNumber).collect(Collectors.joining("+")) + "=";
        return new String[] {terms + text(left), terms + text(right)};
    }

    /** The balance identity whose anchor is {@code key}, else the first that holds it, else null. */
    private static Identity identity(String key) {
        List<Identity> balances = Form.identities().stream().filter(i -> i.kind() == IdentityKind.BALANCE).toList();
        return balances.stream().filter(i -> i.anchor().key().equals(key)).findFirst()
                .or(() -> balances.stream().filter(i -> i.left().stream().anyMatch(f -> f.key().equals(key))
                        || i.right().stream().anyMatch(f -> f.key().equals(key))).findFirst())
                .orElse(null);
    }

    private static BigDecimal sum(List<Field> fields, Spill.Entry entry) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Field f : fields) {
            BigDecimal v = entry.value(f.index());
            sum = v == null ? sum : sum.add(v);
        }
        return sum;
    }

    private static String text(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
