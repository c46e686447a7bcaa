package nianbao.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a workspace holds besides the bytes themselves: the season, the roster in force (the id of
 * its receipt) and every file received, in the order received. Each change makes a new state; files are
 * only ever added, or noted as received again.
 *
 * @param version the state file's format
 * @param season the consolidating body and the year
 * @param roster the id of the roster in force, or null
 * @param files every file received
 */
public record DeskState(int version, Season season, Long roster, List<StoredFile> files) {

    static final int FORMAT = 1;

    public DeskState {
        season = season == null ? Season.unset() : season;
        files = List.copyOf(files == null ? List.of() : files);
    }

    static DeskState empty() {
        return new DeskState(FORMAT, Season.unset(), null, List.of());
    }

    DeskState withSeason(Season s) {
        return new DeskState(version, Objects.requireNonNull(s), roster, files);
    }

    DeskState withRoster(long id) {
        return new DeskState(version, season, id, files);
    }

    DeskState with(StoredFile file) {
        List<StoredFile> all = new ArrayList<>(files);
        int at = indexOf(file.id());
        if (at < 0) {
            all.add(file);
        } else {
            all.set(at, file);
        }
        return new DeskState(version, season, roster, all);
    }

    long nextId() {
        return files.isEmpty() ? 1 : files.get(files.size() - 1).id() + 1;
    }

    Optional<StoredFile> find(long id) {
        int at = indexOf(id);
        return at < 0 ? Optional.empty() : Optional.of(files.get(at));
    }

    Optional<StoredFile> findByLabel(String label) {
        return files.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** The receipt of these bytes under this name and from this container, if they came before. */
    Optional<StoredFile> findSame(String sha256, String name, String from) {
        return files.stream().filter(f -> f.sha256().equals(sha256) && f.name().equals(name) && Objects.equals(f.from(), from))
                .findFirst();
    }

    /** The entry for bytes received now: a new one, or the earlier one of the same bytes, name and container noted as received again. */
    StoredFile receipt(String shown, StoredFile.Kind kind, ContentStore.Blob blob, String from, StoredFile.ReadAs read, String now) {
        return findSame(blob.sha256(), shown, from).map(same -> same.receivedAgain(now))
                .orElseGet(() -> new StoredFile(nextId(), shown, labelFor(shown), kind, blob.sha256(), blob.path(), blob.size(),
                        now, List.of(), from, read));
    }

    /** The label a new content of this name gets: the name itself, or the name with its version after it. */
    String labelFor(String name) {
        long earlier = files.stream().filter(f -> f.name().equals(name)).map(StoredFile::sha256).distinct().count();
        String label = earlier == 0 ? name : name + "（第" + (earlier + 1) + "版）";
        while (findByLabel(label).isPresent()) {
            label = label + "（另）";
        }
        return label;
    }

    private int indexOf(long id) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
