package nianbao.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Leaves the rest of a run's compiling to HotSpot's C1 compiler, as {@code -XX:TieredStopAtLevel=1}
 * does from the command line, which a jar cannot set: a nianbao run lasts seconds to minutes, and C2's
 * own compile time was more than half the CPU of a 10,000-return consolidation (docs/benchmarks.md).
 * {@code -Dnianbao.jit=default} keeps the JVM's choice; a JVM without HotSpot's diagnostic commands is
 * left as it is.
 */
public final class ShortRunJit {

    /** The system property that, set to {@code default}, keeps the JVM's own compilers. */
    public static final String PROPERTY = "nianbao.jit";

    /**
     * A compiler directive (JEP 165) that keeps every method from C2, so hot methods go to C1 instead;
     * except the JDK's SHA-256 (every file is hashed for 清单), which C2 turns into an intrinsic.
     */
    static final String DIRECTIVE = "[{ match: \"sun/security/provider/*.*\", c2: { Exclude: false } },"
            + " { match: \"*.*\", c2: { Exclude: true } }]";

    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    private ShortRunJit() {
    }

    /** Adds the directive on a daemon thread (the management set-up takes ~0.1 s), unless told not to. */
    static void applyInBackground() {
        if (!wanted()) {
            return;
        }
        Thread t = new Thread(ShortRunJit::apply, "nianbao-jit");
        t.setDaemon(true);
        t.start();
    }

    /** False when {@code -Dnianbao.jit=default} asks for the JVM's own compilers. */
    static boolean wanted() {
        return !"default".equals(System.getProperty(PROPERTY));
    }

    /** Adds the directive now; true when the JVM took it. */
    static boolean apply() {
        try {
            Path file = Files.createTempFile("nianbao-jit-", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
                return String.valueOf(command("compilerDirectivesAdd", file.toString())).contains("added");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    /** Runs one of HotSpot's diagnostic commands (as {@code jcmd} names them, in camel case) and gives its output. */
    static Object command(String name, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN), name,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
