package nianbao.jobs;

import java.io.IOException;
import nianbao.model.FileFacts;
import nianbao.model.FileResult;
import nianbao.verify.Intake;

/** An intake's sink that hands each outcome on, then tells the job's listener of it, counting from one. */
final class ToldSink implements Intake.Sink {

    private final Intake.Sink sink;
    private final ProgressListener listener;
    private int done;

    ToldSink(Intake.Sink sink, ProgressListener listener) {
        this.sink = sink;
        this.listener = listener;
    }

    @Override
    public void accept(FileResult result, FileFacts facts) throws IOException {
        sink.accept(result, facts);
        listener.read(++done, result);
    }
}
