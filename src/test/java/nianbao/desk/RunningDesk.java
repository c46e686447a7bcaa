package nianbao.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A desk started over a workspace for a test, and a client speaking to it as a script or a browser would. */
final class RunningDesk implements AutoCloseable {

    /** A file to upload: the name sent and the bytes. */
    record Part(String name, byte[] bytes) {
        static Part of(Path file) throws IOException {
            return new Part(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }

    final Workspace workspace;
    final DeskServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningDesk(Workspace workspace, DeskServer server) {
        this.workspace = workspace;
        this.server = server;
    }

    static RunningDesk start(Path folder) throws IOException {
        Workspace workspace = Workspace.open(folder);
        return new RunningDesk(workspace, DeskServer.start(workspace, 0));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String token() {
        return server.token();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    HttpRequest.Builder withToken(String path) {
        return request(path).header(AccessRules.HEADER, token());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(withToken(path).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(withToken(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> upload(String path, List<Part> parts) throws IOException, InterruptedException {
        return send(multipart(withToken(path), parts).build());
    }

    /** A multipart/form-data POST of {@code file} parts. */
    static HttpRequest.Builder multipart(HttpRequest.Builder request, List<Part> parts) {
        String boundary = "----nianbao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + p.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Uploads every file of a folder in one request. */
    HttpResponse<String> uploadFolder(Path folder) throws IOException, InterruptedException {
        List<Part> parts = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                parts.add(Part.of(f));
            }
        }
        return upload("/api/returns", parts);
    }

    /** The status line and headers of a request written by hand (a Host the HTTP client would not send). */
    String raw(String requestHead) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.close();
        workspace.close();
    }
}
