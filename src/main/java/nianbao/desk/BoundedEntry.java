package nianbao.desk;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An entry of a .zip as it inflates, stopped with {@link TooLarge} once it passes its size limit, or
 * inflates past {@link UploadLimits#MAX_ZIP_RATIO} times its stored size beyond the first megabyte.
 */
final class BoundedEntry extends FilterInputStream {

    /** Thrown when an entry inflates past a limit: its message is for the clerk. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long inflated;

        TooLarge(String message, long inflated) {
            super(message);
            this.inflated = inflated;
        }

        long inflated() {
            return inflated;
        }
    }

    private final String shown;
    private final long limit;
    private final long stored;
    private long count;

    BoundedEntry(InputStream in, String shown, long limit, long stored) {
        super(in);
        this.shown = shown;
        this.limit = limit;
        this.stored = Math.max(stored, 1);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            check();
        }
        return n;
    }

    private void check() throws TooLarge {
        if (count > limit) {
            throw new TooLarge("压缩包中的 " + shown + " 解压后超过 " + UploadLimits.megabytes(limit) + "，未读取（可能是恶意构造的压缩包）", count);
        }
        if (count > UploadLimits.RATIO_GRACE_BYTES && count / stored > UploadLimits.MAX_ZIP_RATIO) {
            throw new TooLarge("压缩包中的 " + shown + " 解压后是压缩大小的 " + UploadLimits.MAX_ZIP_RATIO
                    + " 倍以上，未读取（可能是恶意构造的压缩包）", count);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }
}
