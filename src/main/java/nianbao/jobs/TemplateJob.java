package nianbao.jobs;

import java.io.IOException;
import nianbao.io.OutputRefusedException;
import nianbao.template.TemplateWriter;

/** Writes the official template, locked formulas and live checks included, with what the request fills in. */
public final class TemplateJob {

    /** Writes the template whole, or nothing; refused when the file is there and force is not given. */
    public void run(TemplateRequest request) throws JobRefusedException, IOException {
        try {
            new TemplateWriter(request.password().orElse(null)).write(request.output(), request.force(), request.filling());
        } catch (OutputRefusedException e) {
            throw new JobRefusedException(e.getMessage());
        }
    }
}
