package uk.police.spo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.apps.io.ResourceResolverFactory.SchemeAwareResourceResolverBuilder;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventListener;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/**
 * XSL-FO to PDF through FopFactories configured once from {@code documents/fop.xconf} (PDF/A-2a with
 * PDF/UA-1, packaged fonts): the same configuration twice, with FOP's complex-script features and without them.
 * A document whose text needs them ({@link ComplexScripts}: right-to-left or shaped scripts, combining marks) is
 * rendered with them. Every other document is rendered without them: FOP then neither reads each font's OpenType
 * tables (GSUB, GPOS, GDEF) again for every document nor runs the bidirectional algorithm and glyph positioning over
 * its text, which is a sixth of a full SPO's time. FOP decides this per factory only; the {@code advanced} attribute
 * of a font in fop.xconf is not used when fonts are loaded through a resource resolver, as they are here.
 * Rendering runs in parallel; only the creation of a {@link Fop} is serialised, because {@code newFop()} on a
 * factory built from a configuration file is not thread-safe.
 */
final class FoRenderer {

    private static final String CLASSPATH = "classpath";
    private static final String GLYPH_MISSING = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";

    private final FopFactory withComplexScripts;
    private final FopFactory withoutComplexScripts;
    private final Object fopCreation = new Object();

    FoRenderer() {
        pinTransformerFactory();
        SchemeAwareResourceResolverBuilder resolvers =
                ResourceResolverFactory.createSchemeAwareResourceResolverBuilder(ResourceResolverFactory.createDefaultResourceResolver());
        resolvers.registerResourceResolverForScheme(CLASSPATH, new ClasspathResources());
        ResourceResolver resolver = resolvers.build();
        withComplexScripts = factory(resolver, true);
        withoutComplexScripts = factory(resolver, false);
    }

    private static FopFactory factory(ResourceResolver resolver, boolean complexScripts) {
        try (InputStream config = ClasspathResources.open("documents/fop.xconf")) {
            return new FopConfParser(config, URI.create(CLASSPATH + ":/documents/"), resolver)
                    .getFopFactoryBuilder().setComplexScriptFeatures(complexScripts).build();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("documents/fop.xconf cannot be read", e);
        }
    }

    /**
     * FOP writes each document's XMP through {@code TransformerFactory.newInstance()}. Unless the system property
     * names the implementation, every call searches the whole classpath for a service file (a quarter of a
     * document's render time, measured with JFR). The property is set, once, to the implementation that search
     * finds, so the JVM gets the same factory as before without searching again.
     */
    static void pinTransformerFactory() {
        String property = TransformerFactory.class.getName();
        if (System.getProperty(property) == null) {
            System.setProperty(property, TransformerFactory.newInstance().getClass().getName());
        }
    }

    byte[] toPdf(byte[] fo) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        MissingGlyphs missing = new MissingGlyphs();
        try {
            FopFactory factory = ComplexScripts.needed(new String(fo, StandardCharsets.UTF_8))
                    ? withComplexScripts : withoutComplexScripts;
            Fop fop = newFop(factory, pdf, missing);
            TransformerFactory.newDefaultInstance().newTransformer()
                    .transform(new StreamSource(new ByteArrayInputStream(fo)), new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new DocumentRenderingException("FOP could not render the document", e);
        }
        missing.refuseIfAny();
        return pdf.toByteArray();
    }

    private Fop newFop(FopFactory factory, OutputStream pdf, MissingGlyphs missing) throws FOPException {
        synchronized (fopCreation) {
            FOUserAgent agent = factory.newFOUserAgent();
            agent.getEventBroadcaster().addEventListener(missing);
            return factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
        }
    }

    /** A character no packaged font can show would print as '#': a wrong name on a court paper. */
    private static final class MissingGlyphs implements EventListener {

        private final List<String> characters = new ArrayList<>();

        @Override
        public void processEvent(Event event) {
            if (GLYPH_MISSING.equals(event.getEventID())) {
                characters.add(String.valueOf(event.getParam("ch")));
            }
        }

        void refuseIfAny() {
            if (!characters.isEmpty()) {
                throw new DocumentRenderingException("no packaged font can show " + characters.stream()
                        .map(c -> c.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).toList().toString())
                        .distinct().toList());
            }
        }
    }

    /**
     * Serves {@code classpath:/...} URIs (the fonts) from the application's own classpath, in a jar or not.
     * FOP reads every font again for each document; holding the few MB in memory spares a classpath search
     * and a read from the jar each time.
     */
    private static final class ClasspathResources implements ResourceResolver {

        private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

        static InputStream open(String path) throws IOException {
            InputStream in = FoRenderer.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException(path + " is not on the classpath");
            }
            return in;
        }

        @Override
        public Resource getResource(URI uri) throws IOException {
            String path = uri.getPath().substring(1);
            byte[] bytes = loaded.get(path);
            if (bytes == null) {
                try (InputStream in = open(path)) {
                    bytes = in.readAllBytes();
                }
                loaded.put(path, bytes);
            }
            return new Resource(new ByteArrayInputStream(bytes));
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("documents never write to the classpath: " + uri);
        }
    }
}
