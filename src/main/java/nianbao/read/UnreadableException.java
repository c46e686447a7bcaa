package nianbao.read;

import nianbao.io.Failure;

/** A file that cannot be read as a return at all; the message is Chinese and names the file. */
public class UnreadableException extends Exception implements Failure.Explained {

    private static final long serialVersionUID = 1L;

    public UnreadableException(String message) {
        super(message);
    }

    public UnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
