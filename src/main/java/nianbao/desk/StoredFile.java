package nianbao.desk;

import java.util.List;
import java.util.Objects;

/**
 * One file the desk received, as its state lists it: never removed, only noted again when the same
 * bytes come back. The original name is shown, never used as a path: the bytes lie under {@code blob}.
 *
 * @param id the receipt's number in the workspace, from 1
 * @param name the name the browser gave (shown only)
 * @param label the name the desk shows and reports by: {@code name}, with 「（第N版）」 after a second content of that name
 * @param kind what it was received as
 * @param sha256 the content hash, hex
 * @param blob where the bytes lie, relative to the workspace's store
 * @param size the number of bytes
 * @param received when it was first received (ISO-8601 with offset)
 * @param againAt each later time the same bytes were received under the same name
 * @param from the label of the .zip it was unpacked from, or null
 * @param agency what reading it found, or null when it is no return or could not be read
 */
public record StoredFile(long id, String name, String label, Kind kind, String sha256, String blob, long size,
                         String received, List<String> againAt, String from, ReadAs agency) {

    /** What a received file was taken as. */
    public enum Kind { RETURN, ZIP, ROSTER, REPORT, OTHER }

    /**
     * The agency and year a return names, as read when it arrived: the key under which its latest
     * version replaces the earlier ones.
     */
    public record ReadAs(String agency, String creditCode, Integer year) {
        public ReadAs {
            agency = agency == null ? "" : agency;
            creditCode = creditCode == null ? "" : creditCode;
        }
    }

    public StoredFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(blob, "blob");
        Objects.requireNonNull(received, "received");
        againAt = againAt == null ? List.of() : List.copyOf(againAt);
    }

    /** The last time these bytes arrived. */
    public String lastReceived() {
        return againAt.isEmpty() ? received : againAt.get(againAt.size() - 1);
    }

    StoredFile receivedAgain(String time) {
        List<String> times = new java.util.ArrayList<>(againAt);
        times.add(time);
        return new StoredFile(id, name, label, kind, sha256, blob, size, received, times, from, agency);
    }

    StoredFile readAs(ReadAs read) {
        return new StoredFile(id, name, label, kind, sha256, blob, size, received, againAt, from, read);
    }
}
