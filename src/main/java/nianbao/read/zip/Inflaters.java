package nianbao.read.zip;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.zip.Inflater;

/**
 * The inflaters a reader's packages take and give back, so that reading thousands of files makes a few:
 * at most {@value #KEPT} are kept (more given back are ended), each reset before it is taken again.
 * Thread-safe; a reader owns one, never the process.
 */
public final class Inflaters {

    /** The most inflaters kept idle: more than the threads that read at once. */
    public static final int KEPT = 16;

    private final ArrayBlockingQueue<Inflater> idle = new ArrayBlockingQueue<>(KEPT);

    /** An inflater for raw deflate data, kept or new. */
    Inflater take() {
        Inflater inflater = idle.poll();
        if (inflater == null) {
            return new Inflater(true);
        }
        inflater.reset();
        return inflater;
    }

    /** Gives an inflater back: kept when there is room, else ended. */
    void give(Inflater inflater) {
        if (!idle.offer(inflater)) {
            inflater.end();
        }
    }
}
