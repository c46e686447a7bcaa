package nianbao.extract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.form.Form;
import nianbao.form.IdentityKind;
import nianbao.model.Code;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.verify.Verifier;

/**
 * The identities a published table breaks as printed because of its blank cells, read as the 0 a reader
 * sees: a 总计 left blank beside parts that are not zero breaks row_total (and the 勾稽关系 it enters).
 * The blank cells themselves stay unread (missing); the verifier, which skips identities with a cell
 * not read, cannot see these breaks.
 */
final class BlankBreaks {

    private static final Set<Code> IDENTITY_CODES = Arrays.stream(IdentityKind.values()).map(Code::of).collect(Collectors.toSet());

    private BlankBreaks() {
    }

    static List<Finding> of(Return read, Set<String> blanks) {
        if (blanks.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>(read.values());
        blanks.forEach(k -> values.put(k, BigDecimal.ZERO));
        Return zeroed = new Return(read.source(), read.meta(), values, Map.of(), List.of());
        return Verifier.verify(zeroed).stream()
                .filter(f -> IDENTITY_CODES.contains(f.code()) && f.keys().stream().anyMatch(blanks::contains))
                .map(f -> withBlanks(f, blanks)).toList();
    }

    private static Finding withBlanks(Finding f, Set<String> blanks) {
        String blankCells = f.keys().stream().filter(blanks::contains).map(k -> Form.field(k).describe())
                .collect(Collectors.joining("、"));
        String actual = blanks.contains(f.keys().get(0)) ? "" : f.actual();
        return new Finding(f.code(), f.keys(), f.cell(), f.expected(), actual,
                f.message() + "（其中" + blankCells + "印为空白，按0核对；空白格未取值）");
    }
}
