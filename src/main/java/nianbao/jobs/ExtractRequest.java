package nianbao.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which published reports to read, and where to write them as filled templates.
 *
 * @param inputs reports (.txt, .md, .html, .htm, .docx, .pdf), or folders searched for them
 * @param output the filled template of the one report, or none
 * @param outDir the folder for a filled template per report, or none
 * @param force whether templates already there may be replaced
 */
public record ExtractRequest(List<Path> inputs, Optional<Path> output, Optional<Path> outDir, boolean force) {
    public ExtractRequest {
        inputs = List.copyOf(inputs);
    }
}
