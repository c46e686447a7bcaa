package nianbao.consolidate;

import nianbao.io.Failure;

/** A roster file that cannot be used; the message is Chinese and names the file. */
public class RosterException extends Exception implements Failure.Explained {

    private static final long serialVersionUID = 1L;

    public RosterException(String message) {
        super(message);
    }

    public RosterException(String message, Throwable cause) {
        super(message, cause);
    }
}
