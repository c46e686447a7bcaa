package nianbao.jobs;

import java.nio.file.Path;
import java.util.Optional;
import nianbao.template.Filling;

/**
 * Which template to write, and where.
 *
 * @param output the template to write (.xlsx)
 * @param filling what is filled in already (the header, or a report's values)
 * @param password the sheets' protection password, or none
 * @param force whether a file already there may be replaced
 */
public record TemplateRequest(Path output, Filling filling, Optional<String> password, boolean force) {
}
