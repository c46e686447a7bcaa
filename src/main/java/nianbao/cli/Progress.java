package nianbao.cli;

import java.io.PrintWriter;
import nianbao.jit.ShortRunJit;
import nianbao.jobs.ProgressListener;
import nianbao.model.FileResult;

/**
 * A job's progress on the terminal: the JIT fitted to the run's length once the files are counted, and,
 * when shown, a line on stderr (files done / total, rate) redrawn in place.
 */
final class Progress implements ProgressListener {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final long start = System.nanoTime();
    private int total;
    private long last;

    Progress(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /** Progress that is not shown: the JIT is still fitted to the run. */
    static Progress hidden() {
        return new Progress(null, false);
    }

    @Override
    public void started(int files) {
        total = files;
        ShortRunJit.fitTo(files);
    }

    @Override
    public void read(int done, FileResult result) {
        long now = System.nanoTime();
        if (shown && (now - last >= INTERVAL_NANOS || done == total)) {
            last = now;
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            err.printf("\r已处理 %d/%d 个文件（每秒 %.0f 个）", done, total, done / seconds);
            err.flush();
        }
    }

    /** Ends the line, once the job is done. */
    void end() {
        if (shown && total > 0) {
            err.println();
            err.flush();
        }
    }
}
