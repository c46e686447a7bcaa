package nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * {@code nianbao help [命令]}: picocli's help command in Chinese (its own names its parameter
 * {@code COMMAND}, which a resource bundle cannot change); an unknown command is a usage error.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "显示某个命令的用法；不给命令时显示全部命令。",
        exitCodeList = {"0:已显示", "2:没有这个命令"})
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

    @Parameters(paramLabel = "命令", arity = "0..1", description = "要查看用法的命令，例如 consolidate")
    String command;

    private CommandLine self;
    private ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        self = helpCommandLine;
        colors = colorScheme;
        out = outWriter;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colors);
        } else if (parent.getSubcommands().containsKey(command)) {
            parent.getSubcommands().get(command).usage(out, colors);
        } else {
            throw new UnmatchedArgumentException(parent, List.of(command));
        }
        out.flush();
        return Main.OK;
    }
}
