package nianbao.desk;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The desk as the command line starts it: a workspace opened and served, until closed. */
public final class Desk implements AutoCloseable {

    /** The default workspace folder's name. */
    public static final String DEFAULT_FOLDER = Workspace.DEFAULT_NAME;

    private final Workspace workspace;
    private final DeskServer server;

    private Desk(Workspace workspace, DeskServer server) {
        this.workspace = workspace;
        this.server = server;
    }

    /** Opens the workspace in {@code folder} and serves it on {@code port} (0: a free port). */
    public static Desk start(Path folder, int port) throws IOException {
        Workspace workspace = Workspace.open(folder);
        try {
            return new Desk(workspace, DeskServer.start(workspace, port));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /**
     * The default workspace: beside the launcher when nianbao runs from its distribution (nianbao.jar beside
     * nianbao.bat or the nianbao script), else in the current folder.
     */
    public static Path defaultFolder() {
        return launcherFolder().orElse(Path.of("")).resolve(DEFAULT_FOLDER);
    }

    private static java.util.Optional<Path> launcherFolder() {
        try {
            Path jar = Path.of(Desk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = jar.getParent();
            boolean distribution = Files.isRegularFile(jar) && folder != null
                    && (Files.exists(folder.resolve("nianbao.bat")) || Files.exists(folder.resolve("nianbao")));
            return distribution ? java.util.Optional.of(folder) : java.util.Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public String url() {
        return server.url();
    }

    public Path folder() {
        return workspace.root().toAbsolutePath();
    }

    /** Opens the desk in the default browser; false where there is none to open (a headless machine). */
    public boolean openBrowser() {
        return BrowserOpener.open(server.url());
    }

    @Override
    public void close() {
        server.close();
        workspace.close();
    }
}
