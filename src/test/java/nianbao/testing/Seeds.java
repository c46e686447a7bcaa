package nianbao.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The seeds a test drew its random inputs from, printed only when it fails, so that a failure can be
 * replayed and a passing build stays quiet. A test takes its seed through {@link #take} or {@link #property}
 * (so {@code -Dnianbao.seed=S} replays a failure) and notes it; this extension (registered for every test
 * through {@code junit-platform.properties}) prints the notes of a failed test on stderr.
 */
public final class Seeds implements TestWatcher {

    private static final ThreadLocal<List<String>> NOTES = ThreadLocal.withInitial(ArrayList::new);

    /** The system property that, given, replaces every test's own seed: {@code -Dnianbao.seed=S -Dtest=FooTest}. */
    public static final String PROPERTY = "nianbao.seed";

    /** The seed a test draws from: the property's when given, else the test's own {@code fallback}. */
    public static long property(long fallback) {
        return Long.getLong(PROPERTY, fallback);
    }

    /** {@link #property}, noted for the running test as {@code what}. */
    public static long take(String what, long fallback) {
        long seed = property(fallback);
        note(what, seed);
        return seed;
    }

    /** Notes that the running test uses this seed, named by {@code what} (e.g. the test class). */
    public static void note(String what, long seed) {
        NOTES.get().add(what + " seed " + seed + " (rerun with -D" + PROPERTY + "=" + seed + ")");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        NOTES.get().forEach(n -> System.err.println(context.getDisplayName() + "：" + n));
        NOTES.remove();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        NOTES.remove();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        NOTES.remove();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        NOTES.remove();
    }
}
