package nianbao.read.zip;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nianbao.io.Failure;

/**
 * The one StAX factory of the reader: no DTD, no external entities, no entity replacement; a part that
 * declares a DTD at all (the XXE and "billion laughs" carriers) is refused.
 */
public final class SecureXml {

    private static final XMLInputFactory FACTORY = create();

    private SecureXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A reader over one part; the caller closes it. */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The next event, refusing DTDs and unexpanded entity references. */
    public static int next(XMLStreamReader r) throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new Refused();
        }
        return event;
    }

    /** A part that declares a DTD or leaves an entity unexpanded: refused, with the reason in Chinese. */
    static final class Refused extends XMLStreamException implements Failure.Explained {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("含有 DTD 或实体声明，这类内容可能被用来攻击电脑，已拒绝读取");
        }
    }

    /** Reads past the rest of the element whose start was just read, its children included. */
    public static void skipElement(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0 && r.hasNext(); ) {
            int event = next(r);
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }
}
