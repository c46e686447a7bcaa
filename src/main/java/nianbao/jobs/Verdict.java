package nianbao.jobs;

/** How a job ended, as form.md §4's exit statuses say it. */
public enum Verdict {
    /** Every return read and valid. */
    OK(0),
    /** At least one return invalid or unreadable, or nothing to do. */
    INVALID(1),
    /** The job could not start, or an output could not be written (old outputs stay whole). */
    REFUSED(2),
    /** A defect of nianbao. */
    INTERNAL(3);

    private final int exitStatus;

    Verdict(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    /** The process exit status of §4. */
    public int exitStatus() {
        return exitStatus;
    }

    /** OK when {@code valid}, else INVALID. */
    public static Verdict of(boolean valid) {
        return valid ? OK : INVALID;
    }
}
