package uk.police.spo.documents;

import java.util.Objects;
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

    public DocumentRenderer() {
        this(new DocumentTemplates());
    }

    DocumentRenderer(DocumentTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param victim the victim's contact values the document must not show: for the defendant's documents all that the
     *               case holds, for a partner's letter those the partner's allow-list withholds, or
     *               {@link VictimContacts#noneRecorded()}; required for every document that leaves the force
     */
    public RenderedDocument render(DocumentData data, VictimContacts victim) {
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
