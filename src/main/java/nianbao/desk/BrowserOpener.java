package nianbao.desk;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.net.URI;

/** Opens the desk in the default browser where the machine has one to open; quietly does nothing elsewhere. */
final class BrowserOpener {

    private BrowserOpener() {
    }

    /** True when the browser was asked to open the address. */
    static boolean open(String url) {
        try {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                return false;
            }
            Desktop.getDesktop().browse(URI.create(url));
            return true;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
