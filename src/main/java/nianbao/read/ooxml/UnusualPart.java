package nianbao.read.ooxml;

/**
 * Thrown by the byte scans of a part ({@link SheetBytes}, {@link SharedStringBytes}) when the part is not
 * of the plain shape they take; the caller then reads it with the StAX parser. Carries no stack trace.
 */
final class UnusualPart extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnusualPart() {
        super(null, null, false, false);
    }
}
