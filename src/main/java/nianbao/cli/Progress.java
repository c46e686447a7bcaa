package nianbao.cli;

import java.io.PrintWriter;

/** A progress line on stderr (files done / total, rate), redrawn in place; silent when not shown. */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final long start = System.nanoTime();
    private long last;

    Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    void done(int count) {
        long now = System.nanoTime();
        if (shown && (now - last >= INTERVAL_NANOS || count == total)) {
            last = now;
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            err.printf("\r已处理 %d/%d 个文件（每秒 %.0f 个）", count, total, count / seconds);
            err.flush();
        }
    }

    void end() {
        if (shown && total > 0) {
            err.println();
            err.flush();
        }
    }
}
