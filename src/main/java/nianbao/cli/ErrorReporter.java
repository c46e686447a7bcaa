package nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one Chinese line and exit status 2; the stack trace is
 * shown only with {@code --debug} (or {@code -Dnianbao.debug=true}).
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println("错误：" + message);
        if (debug(parsed)) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return Main.USAGE;
    }

    private static boolean debug(ParseResult parsed) {
        if (Boolean.getBoolean("nianbao.debug")) {
            return true;
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
