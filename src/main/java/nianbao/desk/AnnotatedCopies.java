package nianbao.desk;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.io.InputFiles;

/** The annotated copies of returns with findings (as {@code verify --annotate} writes them): one, or all in force as a .zip. */
final class AnnotatedCopies {

    private final Workspace workspace;
    private final Pipeline pipeline;

    AnnotatedCopies(Workspace workspace, Pipeline pipeline) {
        this.workspace = workspace;
        this.pipeline = pipeline;
    }

    /** One return's annotated copy ({@code ?file=label}). */
    void one(Context ctx) throws IOException {
        StoredFile file = workspace.file(ctx.queryParam("file"), StoredFile.Kind.RETURN);
        try (TempFolder folder = new TempFolder(workspace)) {
            Path written = pipeline.annotate(workspace.path(file), folder.path())
                    .orElseThrow(() -> new DeskError(404, file.label() + "：没有问题或无法读取，没有标注副本"));
            Download.send(ctx, name(file, written), contentType(written), Files.readAllBytes(written));
        }
    }

    /** Every annotated copy of the returns in force that have findings, as one .zip. */
    void all(Context ctx) throws IOException {
        try (TempFolder folder = new TempFolder(workspace)) {
            byte[] zip = DeskApi.bytes(out -> {
                try (ZipOutputStream z = new ZipOutputStream(out)) {
                    Set<String> names = new HashSet<>();
                    for (StoredFile file : CurrentReturns.of(workspace.state())) {
                        Path one = Files.createDirectory(folder.file("copy" + file.id()));
                        Optional<Path> written = pipeline.annotate(workspace.path(file), one);
                        if (written.isPresent()) {
                            z.putNextEntry(new ZipEntry(Download.unique(names, name(file, written.get()))));
                            Files.copy(written.get(), z);
                            z.closeEntry();
                        }
                    }
                    if (names.isEmpty()) {
                        throw new DeskError(404, "计入的报表都没有问题，没有需要标注的副本");
                    }
                }
            });
            Download.send(ctx, workspace.state().season().fileName("-标注副本.zip"), Download.ZIP, zip);
        }
    }

    /** 原文件名-校验.xlsx: the label's stem, and the extension of the copy written (.xls stays .xls). */
    private static String name(StoredFile file, Path written) {
        String ext = InputFiles.extension(written.getFileName().toString());
        return Download.safeName(Download.stem(ShownName.last(file.label())) + "-校验." + ext);
    }

    private static String contentType(Path written) {
        return written.getFileName().toString().endsWith(".xls") ? Download.XLS : Download.XLSX;
    }
}
