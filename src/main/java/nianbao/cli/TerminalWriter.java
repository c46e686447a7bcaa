package nianbao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import nianbao.report.TerminalText;

/**
 * The writer every command prints its lines to (standard output and error): each line printed whole
 * ({@code println}) shown through {@link TerminalText}, so that no name read from a file can fake a line
 * or drive the terminal. What is printed as a block ({@code print}, {@code write}: help, JSON, a rendered
 * table) goes out as it is: JSON escapes control characters itself.
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(Writer out) {
        super(out, true);
    }

    /** The writer for {@code out}: itself when it is one already. */
    static PrintWriter of(PrintWriter out) {
        return out instanceof TerminalWriter ? out : new TerminalWriter(out);
    }

    @Override
    public void println(String line) {
        super.println(TerminalText.of(line));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }
}
