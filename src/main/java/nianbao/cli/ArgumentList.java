package nianbao.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The usage help's lists of parameters and options, each entry on two lines: its name (with its
 * Chinese value label, e.g. {@code -o, --output=汇总.xlsx}), then its description indented below.
 * picocli's own table pads the name column by characters, so a Chinese label, two columns wide on a
 * terminal, would push the descriptions out of line.
 */
final class ArgumentList implements IHelpSectionRenderer {

    private static final int DESCRIPTION_INDENT = 6;

    private final boolean options;

    private ArgumentList(boolean options) {
        this.options = options;
    }

    /** Puts the two lists into the help of {@code cmd} and of all its subcommands. */
    static void install(CommandLine cmd) {
        Map<String, IHelpSectionRenderer> sections = cmd.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, new ArgumentList(false));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, new ArgumentList(true));
        cmd.setHelpSectionMap(sections);
        cmd.getSubcommands().values().forEach(ArgumentList::install);
    }

    @Override
    public String render(Help help) {
        List<? extends ArgSpec> args = options
                ? help.commandSpec().options().stream().filter(o -> !o.hidden())
                        .sorted(Comparator.comparing(ArgumentList::sortKey)).toList()
                : help.commandSpec().positionalParameters().stream().filter(p -> !p.hidden()).toList();
        StringBuilder text = new StringBuilder();
        int width = help.commandSpec().usageMessage().width();
        for (ArgSpec arg : args) {
            text.append("  ").append(name(arg)).append(System.lineSeparator());
            TextTable description = TextTable.forColumns(help.colorScheme(), new Column(width, DESCRIPTION_INDENT, Column.Overflow.WRAP));
            description.setAdjustLineBreaksForWideCJKCharacters(true);
            description.indentWrappedLines = 0;
            description.addRowValues(String.join(" ", arg.description()));
            description.toString(text);
        }
        return text.toString();
    }

    /** {@code -o, --output=汇总.xlsx}, {@code --force}, {@code 报表文件或文件夹...}. */
    private static String name(ArgSpec arg) {
        String label = arg.paramLabel() + (arg.isMultiValue() ? "..." : "");
        if (arg instanceof OptionSpec option) {
            String names = String.join(", ", option.names());
            return option.typeInfo().isBoolean() ? names : names + "=" + label;
        }
        return label;
    }

    /** Options in the order picocli lists them: by their first name without dashes, case ignored. */
    private static String sortKey(OptionSpec option) {
        return option.names()[0].replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }
}
