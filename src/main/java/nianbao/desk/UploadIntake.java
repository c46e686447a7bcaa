package nianbao.desk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nianbao.model.FileResult;

/**
 * Takes in uploaded files: every file's bytes are stored first (a .zip also entry by entry), then its
 * returns are read, then each is entered in the state, one change at a time; the same bytes under the
 * same name come back as one entry noted as received again. Answers an outcome for every file, in order.
 */
final class UploadIntake {

    /** One uploaded file: the name the browser gave and its bytes. */
    record Incoming(String submittedName, InputStream content) {
    }

    /** A received file's outcome (shown by label) and its entry in the state, when it has one. */
    record Receipt(FileResult result, StoredFile entry) {
    }

    /** A return stored and waiting to be read. */
    private record Pending(String shown, ContentStore.Blob blob, String from) {
    }

    private final Workspace workspace;
    private final Function<List<Path>, Map<Path, FileResult>> verify;

    UploadIntake(Workspace workspace, Function<List<Path>, Map<Path, FileResult>> verify) {
        this.workspace = workspace;
        this.verify = verify;
    }

    List<Receipt> receive(List<Incoming> incoming) throws IOException {
        List<Object> slots = new ArrayList<>();
        for (Incoming in : incoming) {
            take(in, slots);
        }
        List<Pending> pending = slots.stream().filter(Pending.class::isInstance).map(Pending.class::cast).toList();
        Map<Path, FileResult> read = verify.apply(pending.stream().map(this::path).distinct().toList());
        List<StoredFile> entries = enterAll(pending, read);
        List<Receipt> receipts = new ArrayList<>();
        int next = 0;
        for (Object slot : slots) {
            if (slot instanceof Pending p) {
                StoredFile entry = entries.get(next++);
                Relabel relabel = new Relabel(workspace.store().rootText(), Map.of(p.blob().path(), entry.label()));
                receipts.add(new Receipt(relabel.result(read.get(path(p))), entry));
            } else {
                receipts.add((Receipt) slot);
            }
        }
        return receipts;
    }

    /** Enters the returns read in the state, in one change (one write of the state for a whole batch). */
    private List<StoredFile> enterAll(List<Pending> pending, Map<Path, FileResult> read) {
        String now = Workspace.now();
        return workspace.change(state -> {
            List<StoredFile> entries = new ArrayList<>();
            DeskState next = state;
            for (Pending p : pending) {
                StoredFile entry = next.receipt(p.shown(), StoredFile.Kind.RETURN, p.blob(), p.from(), readAs(read.get(path(p))), now);
                next = next.with(entry);
                entries.add(entry);
            }
            return new Workspace.Changed<>(next, entries);
        });
    }

    private Path path(Pending p) {
        return workspace.store().resolve(p.blob().path());
    }

    private void take(Incoming in, List<Object> slots) throws IOException {
        String shown = ShownName.of(in.submittedName());
        String ext = ShownName.extension(shown);
        ContentStore.Blob blob;
        try (InputStream content = in.content()) {
            blob = workspace.store().put(content, ext, UploadLimits.MAX_FILE_BYTES, shown);
        }
        switch (Arrival.of(shown, false)) {
            case RETURN -> slots.add(new Pending(shown, blob, null));
            case ZIP -> unpack(shown, blob, slots);
            case PASSED_OVER -> {
                StoredFile entry = record(shown, StoredFile.Kind.OTHER, blob, null, null);
                slots.add(new Receipt(FileResult.skipped(entry.label(), Arrival.whyPassedOver(shown, false).orElseThrow()), entry));
            }
        }
    }

    private void unpack(String shown, ContentStore.Blob zip, List<Object> slots) throws IOException {
        StoredFile container = record(shown, StoredFile.Kind.ZIP, zip, null, null);
        String from = container.label();
        List<ZipEntries.Refused> refused = ZipEntries.each(workspace.store().resolve(zip.path()), (name, content) -> {
            String entryShown = from + "/" + name;
            var passedOver = Arrival.whyPassedOver(name, true);
            if (passedOver.isPresent()) {
                slots.add(new Receipt(FileResult.skipped(entryShown, passedOver.get()), null));
            } else {
                slots.add(new Pending(entryShown, workspace.store().put(content, ShownName.extension(name), UploadLimits.MAX_FILE_BYTES, entryShown), from));
            }
        });
        refused.forEach(r -> slots.add(new Receipt(FileResult.unreadable(from + "/" + r.shownName(), r.reason()), null)));
    }

    private static StoredFile.ReadAs readAs(FileResult result) {
        return result.findReturn()
                .map(r -> new StoredFile.ReadAs(r.agency(), r.metaText(nianbao.form.MetaKey.CREDIT_CODE), r.year().isPresent() ? r.year().getAsInt() : null))
                .orElse(null);
    }

    /** Enters a stored file in the state: a new entry, or the earlier one of the same bytes and name noted again. */
    private StoredFile record(String shown, StoredFile.Kind kind, ContentStore.Blob blob, String from, StoredFile.ReadAs read) {
        String now = Workspace.now();
        return workspace.change(state -> {
            StoredFile entry = state.receipt(shown, kind, blob, from, read, now);
            return new Workspace.Changed<>(state.with(entry), entry);
        });
    }

}
