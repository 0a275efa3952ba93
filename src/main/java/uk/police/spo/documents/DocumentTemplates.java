package uk.police.spo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/** The XSLT templates, compiled once, that turn a document's XML into XSL-FO. */
final class DocumentTemplates {

    private static final String CLASSPATH = "classpath:";

    private final Map<DocumentType, Templates> compiled = new EnumMap<>(DocumentType.class);

    DocumentTemplates() {
        this(DocumentType::template);
    }

    DocumentTemplates(Function<DocumentType, String> location) {
        // the JDK's own processor, named explicitly: a test classpath may bring Saxon as the JVM's default
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XSLT processor refused secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        // imports come from the classpath by name: inside the Boot jar their URLs are jar:nested:, which no
        // access setting admits, and nothing else should be reachable from a template anyway
        factory.setURIResolver((href, base) -> source(base.substring(CLASSPATH.length(), base.lastIndexOf('/') + 1) + href));
        for (DocumentType type : DocumentType.values()) {
            compiled.put(type, compile(factory, location.apply(type)));
        }
    }

    byte[] toFo(DocumentType type, byte[] xml) {
        ByteArrayOutputStream fo = new ByteArrayOutputStream(16 * 1024);
        try {
            compiled.get(type).newTransformer()
                    .transform(new StreamSource(new ByteArrayInputStream(xml)), new StreamResult(fo));
        } catch (TransformerException e) {
            throw new DocumentRenderingException("template for " + type + " failed", e);
        }
        return fo.toByteArray();
    }

    private static Templates compile(TransformerFactory factory, String resource) {
        try {
            return factory.newTemplates(source(resource));
        } catch (TransformerException e) {
            throw new IllegalStateException("template " + resource + " does not compile", e);
        }
    }

    private static Source source(String resource) throws TransformerException {
        try (InputStream in = DocumentTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TransformerException("template " + resource + " is not on the classpath");
            }
            return new StreamSource(new ByteArrayInputStream(in.readAllBytes()), CLASSPATH + resource);
        } catch (IOException e) {
            throw new TransformerException("template " + resource + " cannot be read", e);
        }
    }
}
