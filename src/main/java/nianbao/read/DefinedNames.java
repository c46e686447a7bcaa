package nianbao.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nianbao.model.CellAddress;

/**
 * A workbook's workbook-level defined names as the reader uses them: each name's formula text (the first,
 * when a name is defined twice), and the names defined more than once. An immutable value, equal by
 * content; built once for a workbook part that files of one template share.
 */
public final class DefinedNames {

    private final Map<String, String> formulas;
    private final Set<String> repeated;
    private final int hash;

    /**
     * @param formulas name → its formula text, e.g. {@code '年报数据'!$D$12}, in workbook order
     * @param repeated names defined twice at workbook level, or at workbook level and on a sheet
     */
    public DefinedNames(Map<String, String> formulas, Set<String> repeated) {
        this.formulas = Collections.unmodifiableMap(new LinkedHashMap<>(formulas));
        this.repeated = Set.copyOf(repeated);
        this.hash = this.formulas.hashCode() * 31 + this.repeated.hashCode();
    }

    /** Name → formula text. */
    public Map<String, String> formulas() {
        return formulas;
    }

    /** The names defined more than once. */
    public Set<String> repeated() {
        return repeated;
    }

    /** The single cell a name refers to, when it is defined and refers to one cell. */
    public Optional<CellAddress> cell(String name) {
        return NamedLayout.cell(formulas.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DefinedNames n && n.hash == hash && n.formulas.equals(formulas)
                && n.repeated.equals(repeated);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "DefinedNames" + formulas + (repeated.isEmpty() ? "" : " repeated " + repeated);
    }
}
