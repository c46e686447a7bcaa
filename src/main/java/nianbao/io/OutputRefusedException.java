package nianbao.io;

/** An output that must not be written (it exists, its folder is missing); the message is Chinese. */
public class OutputRefusedException extends Exception implements Failure.Explained {

    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
