package nianbao.desk;

/**
 * A request the desk refuses, with its HTTP status and the Chinese message the page shows
 * ({@code {"error": "…"}}); never a Java exception's text.
 */
final class DeskError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    DeskError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static DeskError badRequest(String message) {
        return new DeskError(400, message);
    }

    static DeskError forbidden(String message) {
        return new DeskError(403, message);
    }

    static DeskError tooLarge(String message) {
        return new DeskError(413, message);
    }
}
