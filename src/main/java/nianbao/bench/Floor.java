package nianbao.bench;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor of reading: unzip each file and pull every XML event of its worksheets and shared strings
 * through the StAX parser nianbao's reader uses (Aalto), doing nothing with them.
 */
final class Floor {

    private static final XMLInputFactory FACTORY = factory();

    private Floor() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The number of XML events in the sheets and shared strings of every file. */
    static long events(List<Path> files, int threads) throws IOException {
        return FileWork.sum(files, threads, Floor::events);
    }

    static long events(Path file) throws IOException, XMLStreamException {
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (isCellPart(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        events += events(in);
                    }
                }
            }
        }
        return events;
    }

    static boolean isCellPart(String name) {
        return name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
    }

    private static long events(InputStream in) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(in);
        long n = 0;
        try {
            while (r.hasNext()) {
                r.next();
                n++;
            }
        } finally {
            r.close();
        }
        return n;
    }
}
