package nianbao.jit;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Leaves the rest of a run's compiling to HotSpot's C1 compiler, as {@code -XX:TieredStopAtLevel=1}
 * does from the command line, which a jar cannot set: a nianbao run lasts seconds to minutes, and C2's
 * own compile time was more than half the CPU of a 10,000-return consolidation (docs/benchmarks.md);
 * a run over {@value #LONG_RUN_FILES} files or more gives C2 back, since it then earns its compile time.
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

    /**
     * From this many input files on, a run lasts long enough for C2 to earn its compile time back:
     * consolidating 30,000 returns took as long with C2 as without, 60,000 took 13 % less with it.
     */
    public static final int LONG_RUN_FILES = 30_000;

    /** How long an exiting program waits for the directive to be added (it takes ~0.1 s). */
    private static final long SETTLE_SECONDS = 5;

    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";
    /** HotSpot's answer to an added directive file: {@code 2 compiler directives added}. */
    private static final Pattern ADDED = Pattern.compile("(\\d+) compiler directives? added");

    /** How many directives the JVM took, once the thread adding them at start is done; null when none was started. */
    private static volatile FutureTask<Integer> adding;

    private ShortRunJit() {
    }

    /**
     * Adds the directive on a daemon thread (the management set-up takes ~0.1 s), unless told not to;
     * the program's exit, however it comes (System.exit, Ctrl-C, kill), waits for it to finish first.
     */
    public static void applyInBackground() {
        if (!wanted()) {
            return;
        }
        FutureTask<Integer> task = new FutureTask<>(ShortRunJit::apply);
        adding = task;
        Runtime.getRuntime().addShutdownHook(new Thread(ShortRunJit::settle, "nianbao-jit-exit"));
        Thread t = new Thread(task, "nianbao-jit");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Fits the compilers to a run over this many input files: from {@link #LONG_RUN_FILES} on, removes the
     * directive added at start (once it is added), so that C2 compiles the methods made hot from now on.
     */
    public static void fitTo(int files) {
        FutureTask<Integer> task = adding;
        if (files < LONG_RUN_FILES || task == null) {
            return;
        }
        adding = null;
        try {
            for (int added = task.get(); added > 0; added--) {
                command("compilerDirectivesRemove");
            }
        } catch (ExecutionException | JMException e) {
            // The directive stays: the run is slower for it, not wrong.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lets the thread adding the directive finish before the program exits: stopped halfway (the JVM
     * halts its daemon threads once the shutdown hooks are done), it would leave its directive file in
     * the temporary folder. It takes ~0.1 s, and only a program ending within its first moments waits.
     */
    static void settle() {
        FutureTask<Integer> task = adding;
        if (task == null) {
            return;
        }
        try {
            task.get(SETTLE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Exiting anyway: at worst one small file stays in the temporary folder.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The adding started at start, for tests; null when none is pending. */
    static FutureTask<Integer> adding() {
        return adding;
    }

    /** False when {@code -Dnianbao.jit=default} asks for the JVM's own compilers. */
    static boolean wanted() {
        return !"default".equals(System.getProperty(PROPERTY));
    }

    /** Adds the directive now; how many directives of it the JVM took (its two rules count one each), 0 when none. */
    static int apply() {
        try {
            Path file = Files.createTempFile("nianbao-jit-", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
                Matcher added = ADDED.matcher(String.valueOf(command("compilerDirectivesAdd", file.toString())));
                return added.find() ? Integer.parseInt(added.group(1)) : 0;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }

    /** Runs one of HotSpot's diagnostic commands (as {@code jcmd} names them, in camel case) and gives its output. */
    static Object command(String name, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN), name,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
