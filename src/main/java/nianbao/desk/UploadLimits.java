package nianbao.desk;

/**
 * How much the desk accepts in one upload: the readers' own limits (a workbook's part or a published
 * report inflates to at most 100 MB, a package has at most 10,000 entries, a part inflates at most 100
 * times its stored size past its first megabyte), so nothing reaches a reader that it would refuse for size.
 */
public final class UploadLimits {

    /** The largest file received (and the largest entry of a .zip inflated): a reader's part, an extracted report. */
    public static final long MAX_FILE_BYTES = 100L << 20;
    /** The most bytes of one request: the page sends many files in batches well under this. */
    public static final long MAX_REQUEST_BYTES = 200L << 20;
    /** The largest roster received: one line per agency, a few hundred lines. */
    public static final long MAX_ROSTER_BYTES = 10L << 20;
    /** The most entries of a received .zip read. */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** The most bytes all entries of one received .zip inflate to. */
    public static final long MAX_ZIP_INFLATED_BYTES = 1L << 30;
    /** The most an entry inflates, as a multiple of its stored size, past {@link #RATIO_GRACE_BYTES}. */
    public static final int MAX_ZIP_RATIO = 100;
    /** Inflated bytes of an entry not held to {@link #MAX_ZIP_RATIO}: a small file compresses well legitimately. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    private UploadLimits() {
    }

    /** A size in whole megabytes, as the messages name it. */
    static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
