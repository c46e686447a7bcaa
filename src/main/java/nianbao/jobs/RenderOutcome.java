package nianbao.jobs;

import java.util.List;
import nianbao.model.Finding;

/**
 * A return's tables rendered, or why it could not be read.
 *
 * @param text the tables in the format asked for, or "" when the return could not be read
 * @param unreadable why the return could not be read, in Chinese, or ""
 * @param errors the return's errors: its tables were rendered as they are and should not be published so
 */
public record RenderOutcome(String text, String unreadable, List<Finding> errors) {

    public RenderOutcome {
        errors = List.copyOf(errors);
    }

    /** INVALID when the return could not be read or has errors, else OK. */
    public Verdict verdict() {
        return Verdict.of(unreadable.isEmpty() && errors.isEmpty());
    }
}
