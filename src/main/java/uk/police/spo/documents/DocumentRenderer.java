package uk.police.spo.documents;

import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders a document: its data as XML, the type's template to XSL-FO, FOP to PDF/A-2a with PDF/UA-1.
 * Every document is checked at every stage for the victim's contact values it must not show (for a partner's letter,
 * those the partner's allow-list withholds) and refused if any appears, so a faulty template or a careless record
 * cannot leak where the victim lives.
 */
@Component
public class DocumentRenderer {

    private final DocumentXml xml = new DocumentXml();
    private final DocumentTemplates templates;
    private final FoRenderer fop = new FoRenderer();
    private final RenderMeter meter;

    public DocumentRenderer() {
        this(new DocumentTemplates());
    }

    @Autowired
    DocumentRenderer(ObjectProvider<MeterRegistry> meters) {
        this(new DocumentTemplates(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    DocumentRenderer(DocumentTemplates templates) {
        // a renderer made outside Spring (tests, the JMH benchmark) counts into a registry nobody reads
        this(templates, new SimpleMeterRegistry());
    }

    DocumentRenderer(DocumentTemplates templates, MeterRegistry meters) {
        this.templates = templates;
        this.meter = new RenderMeter(meters);
    }

    /**
     * @param victim the victim's contact values the document must not show: for the defendant's documents all that the
     *               case holds, for a partner's letter those the partner's allow-list withholds, or
     *               {@link VictimContacts#noneRecorded()}; required for every document that leaves the force
     */
    public RenderedDocument render(DocumentData data, VictimContacts victim) {
        return meter.time(data.type(), () -> checkedRender(data, victim));
    }

    /** As {@link #render}, left out of the render metrics: for {@link DocumentWarmUp}'s made-up letters. */
    RenderedDocument renderUncounted(DocumentData data, VictimContacts victim) {
        return checkedRender(data, victim);
    }

    private RenderedDocument checkedRender(DocumentData data, VictimContacts victim) {
        DocumentType type = data.type();
        if (type.audience() != DocumentType.Audience.FORCE) {
            Objects.requireNonNull(victim, "a document that leaves the force is checked against the victim's contact details");
        }
        VictimDetailCheck check = new VictimDetailCheck(victim == null ? VictimContacts.noneRecorded() : victim);

        byte[] input = xml.write(data);
        check.inXml("input XML", input);
        byte[] fo = templates.toFo(type, input);
        check.inXml("XSL-FO", fo);
        byte[] pdf = this.fop.toPdf(fo);

        PdfContent content = PdfContent.read(pdf);
        if (type.servedOnDefendant() && content.hasEmbeddedFiles()) {
            throw new DocumentRenderingException("a document for the defendant carries no embedded files");
        }
        check.inText("text", content.text());
        check.inText("XMP metadata", content.metadata());
        check.inBytes("raw bytes", pdf);
        return new RenderedDocument(type, pdf);
    }
}
