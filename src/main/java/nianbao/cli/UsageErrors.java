package nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Says in Chinese what is wrong with a command line, where picocli's own messages are English, and
 * where to read the usage; an unknown command or option gets the nearest one picocli finds
 * (「是不是要用 consolidate？」). Exit status 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("用法错误：" + message(e, List.of(args)));
        err.println("运行「" + cmd.getCommandSpec().qualifiedName() + " --help」查看用法。");
        err.flush();
        return Main.USAGE;
    }

    /** The Chinese sentence for a command-line error in {@code args}. */
    static String message(ParameterException e, List<String> args) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof MissingParameterException m) {
            return missing(m, args);
        }
        if (e instanceof OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能给一次";
        }
        if (e instanceof MaxValuesExceededException) {
            return "给出的值太多";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return name(e.getArgSpec()) + " 的值「" + e.getValue() + "」不是" + kind(e.getArgSpec().type());
        }
        String own = e.getMessage();
        return own != null && hasChinese(own) ? own : "无法理解的命令行";
    }

    private static String unmatched(UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        List<String> suggestions = u.getSuggestions();
        String nearest = suggestions.isEmpty() ? "" : "。是不是要用 " + suggestions.get(0) + "？";
        if (u.isUnknownOption()) {
            return "没有 " + first + " 这个选项" + nearest;
        }
        CommandSpec spec = u.getCommandLine().getCommandSpec();
        List<String> commands = visibleCommands(spec);
        if (!commands.isEmpty() && spec.positionalParameters().isEmpty()) {
            return "没有 " + first + " 这个命令" + nearest + (nearest.isEmpty() ? "。" : "") + "可用的命令：" + String.join("、", commands);
        }
        return "多余的参数：" + String.join(" ", unmatched);
    }

    /** A required option or parameter not given, or an option given without its value. */
    private static String missing(MissingParameterException m, List<String> args) {
        List<String> parts = new ArrayList<>();
        for (ArgSpec arg : m.getMissing()) {
            if (arg instanceof OptionSpec option && given(option, args)) {
                parts.add("选项 " + option.longestName() + " 后面缺少" + label(arg));
            } else if (arg instanceof OptionSpec option) {
                parts.add("缺少必填的选项 " + String.join("/", option.names()) + " " + label(arg)
                        + (option.description().length == 0 ? "" : "（" + option.description()[0] + "）"));
            } else {
                parts.add("缺少" + label(arg));
            }
        }
        return String.join("；", parts);
    }

    /** Whether the option appears among the arguments (then only its value is missing). */
    private static boolean given(OptionSpec option, List<String> args) {
        for (String a : args) {
            for (String name : option.names()) {
                if (a.equals(name) || a.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> visibleCommands(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            if (!e.getValue().getCommandSpec().usageMessage().hidden()) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : label(arg);
    }

    private static String label(ArgSpec arg) {
        return arg.paramLabel();
    }

    /** What a value of this type is called, for 「… 不是整数」. */
    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "整数";
        }
        if (type == double.class || type == Double.class) {
            return "数字";
        }
        if (Path.class.isAssignableFrom(type)) {
            return "有效的文件路径";
        }
        if (type.isEnum()) {
            return "以下之一：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
        }
        return "有效的值";
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
