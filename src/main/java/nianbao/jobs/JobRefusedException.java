package nianbao.jobs;

/** A job that could not start, or whose outputs must not be written: its Chinese reason; nothing was written. */
public final class JobRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public JobRefusedException(String chineseReason) {
        super(chineseReason);
    }
}
