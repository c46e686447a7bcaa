package nianbao.verify;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets the files of a run be read side by side, and one whose reading ran out of memory be read once
 * more alone, when the others being read have finished: so that one huge file never sinks the run, nor
 * a small one that was being read beside it when memory ran out. Reading alone that runs out of memory
 * again gives up on that file only.
 */
public final class MemoryGate {

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();

    private MemoryGate() {
    }

    /**
     * Runs {@code work} beside other work; when it runs out of memory, once more alone; when it does
     * again, gives {@code tooLarge}'s result.
     */
    public static <T> T run(Supplier<T> work, Supplier<T> tooLarge) {
        LOCK.readLock().lock();
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            // What the work held is garbage now; the file is read again below, alone.
        } finally {
            LOCK.readLock().unlock();
        }
        return alone(work, tooLarge);
    }

    /** Runs {@code work} while no other work runs; {@code tooLarge}'s result when it runs out of memory even so. */
    public static <T> T alone(Supplier<T> work, Supplier<T> tooLarge) {
        LOCK.writeLock().lock();
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            // Even alone the work does not fit: only this file is given up.
        } finally {
            LOCK.writeLock().unlock();
        }
        return tooLarge.get();
    }
}
