package nianbao.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import javax.xml.namespace.QName;
import java.util.zip.ZipFile;

/**
 * Validates every XML part of an .xlsx against the ECMA-376 schemas compiled in poi-ooxml-full, which the
 * build copies to {@link #FULL_JAR}: it runs in a class loader of its own (that jar and XMLBeans; only
 * logging shared) because beside poi-ooxml-lite on one class path it breaks POI.
 */
public final class OoxmlSchemas implements AutoCloseable {

    /** Where maven-dependency-plugin copies poi-ooxml-full (pom.xml, execution {@code ooxml-schemas}). */
    public static final Path FULL_JAR = Path.of("target/ooxml-schemas/poi-ooxml-full.jar");

    /** The document type that validates each content type (relationship parts by their default type). */
    static final Map<String, String> DOCUMENTS = Map.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            "org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
            "org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
            "org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
            "org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument",
            "application/vnd.openxmlformats-officedocument.drawing+xml",
            "org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument",
            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
            "org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument",
            "application/vnd.openxmlformats-package.relationships+xml",
            "org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument",
            "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            "org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument");

    /**
     * Content types whose schema poi-ooxml-full lacks, checked as well-formed XML only: the OPC core
     * properties (POI reads them without XMLBeans) and legacy VML (no document element in its schema).
     */
    static final List<String> WELL_FORMED_ONLY = List.of(
            "application/vnd.openxmlformats-package.core-properties+xml",
            "application/vnd.openxmlformats-officedocument.vmlDrawing");

    /**
     * The one error the schemas report wrongly: Excel itself writes {@code xml:space="preserve"} on
     * {@code <t>}, but the schema XMLBeans compiled does not declare it there.
     */
    static final String SPACE_ON_T = "Attribute not allowed (no wildcards allowed): "
            + "space@http://www.w3.org/XML/1998/namespace in element t@http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final URLClassLoader loader;
    private final XmlBeans beans;

    private OoxmlSchemas(URLClassLoader loader) throws ReflectiveOperationException {
        this.loader = loader;
        this.beans = new XmlBeans(loader);
    }

    /** Loads the schemas from {@link #FULL_JAR} and the XMLBeans jar POI runs with. */
    public static OoxmlSchemas load() throws IOException {
        if (!Files.isRegularFile(FULL_JAR)) {
            throw new IOException(FULL_JAR + " is missing: run the build (mvn generate-test-resources) to copy it");
        }
        try {
            URL xmlbeans = org.apache.xmlbeans.XmlObject.class.getProtectionDomain().getCodeSource().getLocation();
            ClassLoader logging = new LoggingOnly(OoxmlSchemas.class.getClassLoader());
            return new OoxmlSchemas(new URLClassLoader("ooxml-schemas",
                    new URL[] {FULL_JAR.toUri().toURL(), xmlbeans}, logging));
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot load XMLBeans from " + FULL_JAR, e);
        }
    }

    /** Every part of the package with the errors found in it (none for a valid part), in package order. */
    public List<PartReport> validate(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ContentTypes types = ContentTypes.of(zip);
            List<PartReport> reports = new ArrayList<>();
            for (ZipEntry e : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                reports.add(validate(e.getName(), types.of(e.getName()), zip.getInputStream(e).readAllBytes()));
            }
            return reports;
        }
    }

    /** Validates one part of the given content type. */
    public PartReport validate(String part, String contentType, byte[] xml) {
        if (part.equals(ContentTypes.PART)) {
            return new PartReport(part, "well-formed", List.of());
        }
        String document = DOCUMENTS.get(contentType);
        if (document == null) {
            return WELL_FORMED_ONLY.contains(contentType)
                    ? new PartReport(part, "well-formed", withLoader(() -> beans.wellFormed(xml)))
                    : new PartReport(part, "none", List.of("no schema known for content type " + contentType));
        }
        List<String> errors = withLoader(() -> beans.validate(document, xml)).stream()
                .filter(error -> !error.contains(SPACE_ON_T)).toList();
        return new PartReport(part, document.substring(document.lastIndexOf('.') + 1), errors);
    }

    /** Runs with the schemas' loader as the context loader, which XMLBeans consults for types it meets. */
    private <T> T withLoader(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException("XMLBeans failed", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    /**
     * One part's result: its name, the schema document type (or {@code well-formed}) it was checked
     * against, and the errors; its text names the part and lists the first errors.
     */
    public record PartReport(String part, String schema, List<String> errors) {
        static final int SHOWN = 5;

        public PartReport {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        @Override
        public String toString() {
            if (valid()) {
                return part + " (" + schema + "): valid";
            }
            String shown = String.join("\n    ", errors.subList(0, Math.min(SHOWN, errors.size())));
            String more = errors.size() > SHOWN ? "\n    … " + (errors.size() - SHOWN) + " more" : "";
            return part + " (" + schema + "): " + errors.size() + " error(s)\n    " + shown + more;
        }
    }

    /** The XMLBeans calls, by reflection into the schemas' loader. */
    private static final class XmlBeans {
        private final ClassLoader loader;
        private final Class<?> options;
        private final Class<?> xmlObject;

        XmlBeans(ClassLoader loader) throws ReflectiveOperationException {
            this.loader = loader;
            this.options = loader.loadClass("org.apache.xmlbeans.XmlOptions");
            this.xmlObject = loader.loadClass("org.apache.xmlbeans.XmlObject");
        }

        /** Parses the XML as {@code document} and validates it; a parse failure is the one error. */
        List<String> validate(String document, byte[] xml) throws ReflectiveOperationException {
            Object factory = loader.loadClass(document).getField("Factory").get(null);
            List<Object> errors = new ArrayList<>();
            Object opts = options.getConstructor().newInstance();
            options.getMethod("setErrorListener", Collection.class).invoke(opts, errors);
            options.getMethod("setLoadLineNumbers").invoke(opts);
            try {
                Object parsed = parse(factory, xml, opts);
                errors.clear();
                xmlObject.getMethod("validate", options).invoke(parsed, opts);
                List<String> texts = new ArrayList<>();
                for (Object error : errors) {
                    texts.add(describe(error));
                }
                return texts;
            } catch (NotParsed e) {
                return List.of(e.getMessage());
            }
        }

        /** The error's message, then where: the path down to it (rows and cells by reference) and its start tag. */
        private String describe(Object error) throws ReflectiveOperationException {
            Class<?> type = loader.loadClass("org.apache.xmlbeans.XmlError");
            String message = (String) type.getMethod("getMessage").invoke(error);
            Object cursor = type.getMethod("getCursorLocation").invoke(error);
            if (cursor == null) {
                return message;
            }
            Class<?> cursors = loader.loadClass("org.apache.xmlbeans.XmlCursor");
            String tag = ((String) cursors.getMethod("xmlText").invoke(cursor)).replaceAll("(?s)>.*", ">");
            StringBuilder path = new StringBuilder();
            do {
                QName name = (QName) cursors.getMethod("getName").invoke(cursor);
                Object r = cursors.getMethod("getAttributeText", QName.class).invoke(cursor, new QName("r"));
                path.insert(0, "/" + name.getLocalPart() + (r == null ? "" : "[r=" + r + "]"));
            } while ((boolean) cursors.getMethod("toParent").invoke(cursor)
                    && cursors.getMethod("getName").invoke(cursor) != null);
            cursors.getMethod("close").invoke(cursor);
            return message + "\n      at " + path + " " + (tag.length() > 160 ? tag.substring(0, 160) + "…" : tag);
        }

        /** Parses the XML without a schema: the error if it is not well-formed. */
        List<String> wellFormed(byte[] xml) throws ReflectiveOperationException {
            try {
                parse(xmlObject.getField("Factory").get(null), xml, options.getConstructor().newInstance());
                return List.of();
            } catch (NotParsed e) {
                return List.of(e.getMessage());
            }
        }

        private Object parse(Object factory, byte[] xml, Object opts) throws ReflectiveOperationException, NotParsed {
            try {
                return factory.getClass().getMethod("parse", InputStream.class, options)
                        .invoke(factory, new ByteArrayInputStream(xml), opts);
            } catch (InvocationTargetException e) {
                if (e.getCause().getClass().getName().equals("org.apache.xmlbeans.XmlException")) {
                    throw new NotParsed(e.getCause().getMessage());
                }
                throw e;
            }
        }
    }

    /** XMLBeans could not parse a part (not well-formed, or not the expected document element). */
    private static final class NotParsed extends Exception {
        private static final long serialVersionUID = 1L;

        NotParsed(String message) {
            super(message);
        }
    }

    /** The parent of the schemas' loader: the platform's classes and, from the test class path, logging only. */
    private static final class LoggingOnly extends ClassLoader {
        private final ClassLoader tests;

        LoggingOnly(ClassLoader tests) {
            super("logging-only", ClassLoader.getPlatformClassLoader());
            this.tests = tests;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return name.startsWith("org.apache.logging.") || name.startsWith("org.slf4j.")
                    ? tests.loadClass(name) : super.loadClass(name, resolve);
        }
    }
}
