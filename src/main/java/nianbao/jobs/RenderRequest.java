package nianbao.jobs;

import java.nio.file.Path;
import java.util.Optional;
import nianbao.render.RenderFormat;

/**
 * Which return to render, how, and where.
 *
 * @param input a return or consolidated workbook
 * @param format html, txt or md
 * @param output the file to write, or none to keep the text in the outcome only
 * @param force whether a file already there may be replaced
 */
public record RenderRequest(Path input, RenderFormat format, Optional<Path> output, boolean force) {
}
