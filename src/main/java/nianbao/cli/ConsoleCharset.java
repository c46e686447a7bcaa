package nianbao.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The charset nianbao writes a standard stream in: the one the console decodes, so that a Chinese
 * Windows console (GBK) shows Chinese, not 「鉁 婀涙渤…」. The JVM names it in {@code sun.stdout.encoding}
 * (Java 17 on a Windows console) or {@code stdout.encoding} (Java 19 on); else the console's own charset;
 * else, and whenever the charset cannot write Chinese (a POSIX locale's ASCII), UTF-8.
 */
final class ConsoleCharset {

    private static final String CHINESE = "年报";

    private ConsoleCharset() {
    }

    /** The charset of standard output. */
    static Charset stdout() {
        return of("stdout", System::getProperty, Optional.ofNullable(System.console()).map(Console::charset));
    }

    /** The charset of standard error. */
    static Charset stderr() {
        return of("stderr", System::getProperty, Optional.ofNullable(System.console()).map(Console::charset));
    }

    /**
     * The charset for a stream ({@code stdout} or {@code stderr}) given the system properties and the
     * console's charset when there is a console.
     */
    static Charset of(String stream, UnaryOperator<String> property, Optional<Charset> console) {
        for (String name : new String[] {"sun." + stream + ".encoding", stream + ".encoding"}) {
            Optional<Charset> named = named(property.apply(name)).filter(ConsoleCharset::writesChinese);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return console.filter(ConsoleCharset::writesChinese).orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean writesChinese(Charset charset) {
        return charset.canEncode() && charset.newEncoder().canEncode(CHINESE);
    }
}
