package uk.police.spo.documents;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.spo.cases.CaseRecords;

/**
 * A case's documents: rendered, stored with a version per case and type and their SHA-256, and noted on the case's
 * timeline. The case's purge removes them with the case (the table cascades from {@code case_file}).
 */
@Service
public class CaseDocuments {

    static final String TIMELINE_KIND = "DOCUMENT_PRODUCED";

    private final DocumentRenderer renderer;
    private final DocumentRows rows;
    private final CaseRecords cases;
    private final Clock clock;

    CaseDocuments(DocumentRenderer renderer, DocumentRows rows, CaseRecords cases, Clock clock) {
        this.renderer = renderer;
        this.rows = rows;
        this.cases = cases;
        this.clock = clock;
    }

    /** Renders the document (refused if it shows the victim's contact details) and stores it as the next version. */
    @Transactional
    public StoredDocument produce(UUID caseId, DocumentData data, VictimContacts victim) {
        return store(caseId, renderer.render(data, victim));
    }

    @Transactional
    StoredDocument store(UUID caseId, RenderedDocument rendered) {
        StoredDocument document = new StoredDocument(UUID.randomUUID(), caseId, rendered.type(),
                rows.nextVersion(caseId, rendered.type()), rendered.sha256(), rendered.pdf().length,
                StoredDocument.PDF, clock.instant(), cases.actor());
        rows.insert(document, rendered.pdf());
        cases.record(caseId, TIMELINE_KIND,
                "Document produced: " + document.type() + " v" + document.version());
        return document;
    }

    @Transactional(readOnly = true)
    public List<StoredDocument> list(UUID caseId) {
        return rows.forCase(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(UUID documentId) {
        return rows.find(documentId);
    }

    @Transactional(readOnly = true)
    public DocumentFile file(StoredDocument document) {
        return new DocumentFile(document, rows.content(document.id()));
    }

    /** The newest version of a type of document for the case, with its bytes. */
    @Transactional(readOnly = true)
    public Optional<DocumentFile> latest(UUID caseId, DocumentType type) {
        return rows.latest(caseId, type).map(this::file);
    }
}
