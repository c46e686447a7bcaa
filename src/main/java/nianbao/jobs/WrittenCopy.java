package nianbao.jobs;

import java.nio.file.Path;

/**
 * One file a job wrote from one of its inputs (an annotated copy, a filled template), or why it could not.
 *
 * @param file the input's file as shown to users
 * @param target the file written, or, when the copy could not be made, where it was to go
 * @param problem why it was not written, in Chinese, or "" when it was
 */
public record WrittenCopy(String file, Path target, String problem) {

    /** Whether the copy was written. */
    public boolean written() {
        return problem.isEmpty();
    }
}
