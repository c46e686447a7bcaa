package nianbao.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nianbao.io.OutputRefusedException;
import nianbao.io.SafeOutput;
import nianbao.model.Finding;
import nianbao.model.Return;
import nianbao.read.ReturnReader;
import nianbao.read.UnreadableException;
import nianbao.verify.Verifier;

/** Renders a return's three tables in the official layout, ready to publish, and says what is wrong with them. */
public final class RenderJob {

    private final ReturnReader reader;

    /** A job reading with {@code reader}. */
    public RenderJob(ReturnReader reader) {
        this.reader = reader;
    }

    /** Renders the request's return, writing it to the output when one is given. */
    public RenderOutcome run(RenderRequest request) throws JobRefusedException, IOException {
        Optional<String> refused = request.output().flatMap(output -> SafeOutput.refusal(output, request.force()));
        if (refused.isPresent()) {
            throw new JobRefusedException(refused.get());
        }
        Return read;
        try {
            read = reader.read(request.input());
        } catch (UnreadableException e) {
            return new RenderOutcome("", e.getMessage(), List.of());
        }
        String text = request.format().render(read);
        if (request.output().isPresent()) {
            try {
                SafeOutput.write(request.output().get(), request.force(), o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (OutputRefusedException e) {
                throw new JobRefusedException(e.getMessage());
            }
        }
        return new RenderOutcome(text, "", Verifier.verify(read).stream().filter(Finding::isError).toList());
    }
}
