package nianbao.desk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every received file listed for the page, each saying whether it is the version in force. */
final class Versions {

    /** One received file: its label, agency as read, last time received, kind, and whether it counts. */
    record Version(long id, String label, String agency, String lastReceived, String kind, boolean current) {
    }

    private Versions() {
    }

    static List<Version> of(DeskState state) {
        Set<Long> current = new HashSet<>();
        CurrentReturns.of(state).forEach(f -> current.add(f.id()));
        List<Version> all = new java.util.ArrayList<>(state.files().stream().filter(f -> f.kind() == StoredFile.Kind.RETURN || f.kind() == StoredFile.Kind.ZIP
                        || f.kind() == StoredFile.Kind.OTHER)
                .map(f -> new Version(f.id(), f.label(), f.agency() == null ? "" : f.agency().agency(), f.lastReceived(),
                        f.kind().name(), current.contains(f.id())))
                .toList());
        java.util.Collections.reverse(all);
        return all;
    }
}
