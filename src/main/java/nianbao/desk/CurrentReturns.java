package nianbao.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.form.Labels;

/**
 * Which received returns count: for each agency and year (the same 统一社会信用代码, or the same name when
 * a code is missing on either side), the version received last; every other version stays stored and
 * listed. A file that named no agency (it could not be read) counts until a later file of the same name
 * names one.
 */
final class CurrentReturns {

    private CurrentReturns() {
    }

    /** The returns in force, in the order first received. */
    static List<StoredFile> of(DeskState state) {
        List<StoredFile> returns = state.files().stream().filter(f -> f.kind() == StoredFile.Kind.RETURN).toList();
        Map<StoredFile, StoredFile> latest = new HashMap<>();
        for (List<StoredFile> group : groups(returns)) {
            StoredFile last = group.stream().max(Comparator.comparing((StoredFile f) -> java.time.OffsetDateTime.parse(f.lastReceived()).toInstant())
                    .thenComparing(StoredFile::id)).orElseThrow();
            group.forEach(f -> latest.put(f, last));
        }
        Set<StoredFile> current = new LinkedHashSet<>();
        for (StoredFile f : returns) {
            StoredFile last = latest.get(f);
            if (!replacedByName(last, returns)) {
                current.add(last);
            }
        }
        return new ArrayList<>(current);
    }

    /** The returns grouped so that each group is one agency's versions; a file naming no agency is a group of its name. */
    private static List<List<StoredFile>> groups(List<StoredFile> returns) {
        Map<String, Integer> groupOf = new HashMap<>();
        List<List<StoredFile>> groups = new ArrayList<>();
        for (StoredFile f : returns) {
            List<String> keys = keys(f);
            Integer at = keys.stream().map(groupOf::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (at == null || conflicts(groups.get(at), f)) {
                at = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(at).add(f);
            for (String k : keys) {
                groupOf.putIfAbsent(k, at);
            }
        }
        return groups;
    }

    private static List<String> keys(StoredFile f) {
        StoredFile.ReadAs read = f.agency();
        if (read == null || read.agency().isBlank() && read.creditCode().isBlank()) {
            return List.of("file:" + ShownName.last(f.name()));
        }
        String year = "|" + read.year();
        List<String> keys = new ArrayList<>();
        if (!read.creditCode().isBlank()) {
            keys.add("code:" + read.creditCode().strip() + year);
        }
        if (!read.agency().isBlank()) {
            keys.add("name:" + Labels.normalize(read.agency()) + year);
        }
        return keys;
    }

    /** Two returns of one name but different 统一社会信用代码 are two agencies. */
    private static boolean conflicts(List<StoredFile> group, StoredFile f) {
        String code = f.agency() == null ? "" : f.agency().creditCode().strip();
        return !code.isEmpty() && group.stream().map(g -> g.agency() == null ? "" : g.agency().creditCode().strip())
                .anyMatch(c -> !c.isEmpty() && !c.equals(code));
    }

    /** A file that named no agency, after which a file of the same name arrived that names one. */
    private static boolean replacedByName(StoredFile f, List<StoredFile> returns) {
        if (!keys(f).get(0).startsWith("file:")) {
            return false;
        }
        String name = ShownName.last(f.name());
        return returns.stream().anyMatch(g -> g.id() > f.id() && ShownName.last(g.name()).equals(name) && !keys(g).get(0).startsWith("file:"));
    }
}
