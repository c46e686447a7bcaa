package nianbao.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Received bytes kept under their SHA-256: {@code ab/abcd….xlsx}, the extension one of a closed set taken
 * from what the file was received as (the readers tell returns from reports by it), never anything else
 * of its name. A content is written once, to a temporary file first, and never overwritten or deleted.
 */
final class ContentStore {

    /** The extensions a stored file may have; anything else is stored without one. */
    static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "zip", "csv", "txt", "md", "html", "htm", "docx", "pdf");

    /** A content as stored: its hash, where it lies (relative to the store) and its size. */
    record Blob(String sha256, String path, long size) {
    }

    private final Path root;
    private final Path temp;
    private final Map<String, String> byHash = new HashMap<>();

    ContentStore(Path root, Path temp) throws IOException {
        this.root = root;
        this.temp = temp;
        Files.createDirectories(root);
        Files.createDirectories(temp);
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile).forEach(p -> byHash.put(hashOf(p), root.relativize(p).toString().replace('\\', '/')));
        }
    }

    /** The store's folder, as the pipeline's outcomes name the files in it. */
    String rootText() {
        return root.toString();
    }

    /** The file a stored path names. */
    Path resolve(String blob) {
        return root.resolve(blob);
    }

    /**
     * Stores what {@code in} holds, at most {@code limit} bytes (a {@link DeskError} 413 past it, nothing kept);
     * the same content already stored is kept as it is.
     */
    Blob put(InputStream in, String extension, long limit, String shownName) throws IOException {
        Path written = Files.createTempFile(temp, "upload", ".part");
        try {
            MessageDigest sha = sha256();
            long size;
            try (InputStream hashed = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(written)) {
                size = copy(hashed, out, limit, shownName);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            return new Blob(hash, place(written, hash, extension), size);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Moves a written file into place under its hash, unless that content is there already. */
    private synchronized String place(Path written, String hash, String extension) throws IOException {
        String existing = byHash.get(hash);
        if (existing != null) {
            return existing;
        }
        String ext = EXTENSIONS.contains(extension) ? "." + extension : "";
        String blob = hash.substring(0, 2) + "/" + hash + ext;
        Path target = root.resolve(blob);
        Files.createDirectories(target.getParent());
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        byHash.put(hash, blob);
        return blob;
    }

    private static long copy(InputStream in, OutputStream out, long limit, String shownName) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw DeskError.tooLarge(shownName + "：文件超过 " + UploadLimits.megabytes(limit) + "，未接收；一份报表通常不到 1 MB，请检查是否传错了文件");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static String hashOf(Path p) {
        String name = p.getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
