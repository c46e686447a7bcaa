package nianbao.desk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The workspace's state as a JSON file, rewritten whole on each change: written to a temporary file
 * beside it, forced to disk, then moved over it atomically, so that a crash leaves the old state or the
 * new one, never half of either.
 */
final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Path temp;

    StateFile(Path file, Path tempFolder) {
        this.file = file;
        this.temp = tempFolder.resolve("state.json.tmp");
    }

    Path path() {
        return file;
    }

    /** The state stored, or an empty one when there is none yet. */
    DeskState load() throws IOException {
        if (!Files.exists(file)) {
            return DeskState.empty();
        }
        DeskState state = JSON.readValue(file.toFile(), DeskState.class);
        if (state.version() > DeskState.FORMAT) {
            throw new IOException("工作台状态文件 " + file + " 由更新版本的 nianbao 写出，请使用新版本打开此工作台");
        }
        return state;
    }

    void save(DeskState state) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(state);
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
