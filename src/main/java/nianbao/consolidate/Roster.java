package nianbao.consolidate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nianbao.form.Labels;

/**
 * The agencies expected to report (名册): a return is matched to a member by 统一社会信用代码 when both
 * carry one, else by name, compared after {@link Labels#normalize}.
 */
public final class Roster {

    /** Group of a member whose roster row names none. */
    public static final String NO_GROUP = "（未分组）";
    /** Group of returns from agencies not on the roster. */
    public static final String OFF_ROSTER = "（名册外）";

    /**
     * One agency on the roster.
     *
     * @param name 单位名称
     * @param creditCode 统一社会信用代码, or ""
     * @param group 分组 (本级部门, 乡镇街道, …), or {@link #NO_GROUP}
     */
    public record Member(String name, String creditCode, String group) {
        public Member {
            Objects.requireNonNull(name, "name");
            creditCode = normalizeCode(creditCode);
            group = group == null || group.isBlank() ? NO_GROUP : group.strip();
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Member> members;
    private final Map<String, Member> byCode = new HashMap<>();
    private final Map<String, Member> byName = new HashMap<>();

    public Roster(List<Member> members) {
        this.members = List.copyOf(members);
        for (Member m : this.members) {
            if (!m.creditCode().isEmpty()) {
                byCode.putIfAbsent(m.creditCode(), m);
            }
            byName.putIfAbsent(Labels.normalize(m.name()), m);
        }
    }

    public List<Member> members() {
        return members;
    }

    /** The member a return of this agency belongs to: by code first, else by name. */
    public Optional<Member> find(String agency, String creditCode) {
        String code = normalizeCode(creditCode);
        if (!code.isEmpty() && byCode.containsKey(code)) {
            return Optional.of(byCode.get(code));
        }
        Member named = byName.get(Labels.normalize(agency));
        boolean codesDisagree = named != null && !code.isEmpty() && !named.creditCode().isEmpty();
        return codesDisagree ? Optional.empty() : Optional.ofNullable(named);
    }

    /** A 统一社会信用代码 as compared: half-width, no spaces, upper case; "" for none. */
    static String normalizeCode(String code) {
        if (code == null) {
            return "";
        }
        return isNormalCode(code) ? code
                : SPACES.matcher(Normalizer.normalize(code, Normalizer.Form.NFKC)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether a code is already as compared (digits and capital letters only), as a well-written one is. */
    private static boolean isNormalCode(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The groups in roster order, each once. */
    public List<String> groups() {
        return members.stream().map(Member::group).distinct().toList();
    }
}
