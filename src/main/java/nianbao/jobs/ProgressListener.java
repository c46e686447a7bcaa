package nianbao.jobs;

import nianbao.model.FileResult;

/** Told of a job's progress over its files, on the job's own thread: the count first, then each file's result in input order. */
public interface ProgressListener {

    /** Hears nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** The job is about to read {@code total} files. */
    default void started(int total) {
    }

    /** The {@code done}-th file was read: its result (for a consolidated workbook, its own entry). */
    default void read(int done, FileResult result) {
    }
}
