package nianbao.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A wrong command line said in Chinese, whatever picocli's own (English) words for it are. */
final class UsageError {

    private UsageError() {
    }

    /** What is wrong with the command line, and what to do. */
    static String of(ParameterException e) {
        if (isChinese(e.getMessage())) {
            return e.getMessage();
        }
        if (e instanceof MissingParameterException missing) {
            return "缺少必须给出的" + names(missing.getMissing()) + "；可加 --help 查看用法";
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return "不认识的选项或多余的参数：" + String.join(" ", unmatched.getUnmatched()) + "；可加 --help 查看用法";
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return names(List.of(overwritten.getOverwritten())) + " 只能给一次";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return names(List.of(e.getArgSpec())) + " 的值无效：" + e.getValue() + "；可加 --help 查看用法";
        }
        return "命令行有误；可加 --help 查看用法";
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageError::name).collect(Collectors.joining("、"));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return "选项 " + option.longestName();
        }
        return "参数 " + (spec instanceof PositionalParamSpec p ? p.paramLabel() : spec.toString());
    }

    private static boolean isChinese(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
