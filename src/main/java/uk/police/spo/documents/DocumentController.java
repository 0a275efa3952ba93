package uk.police.spo.documents;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.units.CaseAccess;

/**
 * A case's documents for staff of the case's unit. As with the case API, a case or document of another unit answers
 * 404 exactly like one that does not exist. Listing and downloading are audited in the same transaction.
 */
@RestController
class DocumentController {

    static final List<String> LIST_FIELDS = List.of("documents.type");
    static final List<String> CONTENT_FIELDS = List.of("document.content");
    static final List<String> BREACH_SUMMARY_FIELDS = List.of("suspect.name", "suspect.dateOfBirth", "suspect.address",
            "breach.occurredAt", "breach.decisions");
    static final List<String> SUMMARY_FIELDS = List.of("incidents.behaviour", "incidents.occurredOn", "case.timeline",
            "referrals.status");

    private final CaseDocuments documents;
    private final CaseRecords cases;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final CaseSummaries summaries;
    private final BreachSummaries breachSummaries;

    DocumentController(CaseDocuments documents, CaseRecords cases, CaseAccess access, AuditTrail audit,
            CaseSummaries summaries, BreachSummaries breachSummaries) {
        this.summaries = summaries;
        this.breachSummaries = breachSummaries;
        this.documents = documents;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    record Listed(UUID id, DocumentType type, int version, Instant createdAt, String sha256, long size,
            String href) {

        static Listed of(StoredDocument document) {
            return new Listed(document.id(), document.type(), document.version(), document.createdAt(),
                    document.sha256(), document.sizeBytes(), "/api/documents/" + document.id());
        }
    }

    @GetMapping("/api/cases/{reference}/documents")
    @Transactional
    ResponseEntity<?> list(@PathVariable String reference) {
        Optional<CaseFile> caseFile = cases.byReference(reference).filter(c -> access.maySee(c.unitCode()));
        if (caseFile.isEmpty()) {
            return notFound("No case " + reference + " in your units.");
        }
        List<Listed> listed = documents.list(caseFile.get().id()).stream().map(Listed::of).toList();
        audit.record(AuditAction.CONSULT, reference, LIST_FIELDS, "document list");
        return ResponseEntity.ok(listed);
    }

    @GetMapping("/api/documents/{id}")
    @Transactional
    ResponseEntity<?> content(@PathVariable UUID id) {
        Optional<StoredDocument> stored = documents.find(id);
        Optional<CaseFile> caseFile = stored.flatMap(d -> cases.byId(d.caseId()))
                .filter(c -> access.maySee(c.unitCode()));
        if (caseFile.isEmpty()) {
            return notFound("No document " + id + " in your units' cases.");
        }
        StoredDocument document = stored.get();
        DocumentFile file = documents.file(document);
        audit.record(AuditAction.CONSULT, caseFile.get().reference(), CONTENT_FIELDS, "document download");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(file.content().length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(caseFile.get().reference())).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(file.content());
    }

    /** The case's summary for supervisors, made now from what the case records (not stored). */
    @GetMapping("/api/cases/{reference}/case-summary")
    @Transactional
    ResponseEntity<?> caseSummary(@PathVariable String reference) {
        Optional<CaseFile> caseFile = cases.byReference(reference).filter(c -> access.maySee(c.unitCode()));
        if (caseFile.isEmpty()) {
            return notFound("No case " + reference + " in your units.");
        }
        RenderedDocument summary = summaries.render(caseFile.get());
        audit.record(AuditAction.CONSULT, reference, SUMMARY_FIELDS, "case summary");
        return pdf(summary, reference + "-case-summary.pdf");
    }

    /** The prosecutor's summary of the offences recorded against the case's order, made now (not stored). */
    @GetMapping("/api/cases/{reference}/breach-summary")
    @Transactional
    ResponseEntity<?> breachSummary(@PathVariable String reference) {
        Optional<CaseFile> caseFile = cases.byReference(reference).filter(c -> access.maySee(c.unitCode()));
        if (caseFile.isEmpty()) {
            return notFound("No case " + reference + " in your units.");
        }
        Optional<RenderedDocument> summary;
        try {
            summary = breachSummaries.render(caseFile.get());
        } catch (BreachSummaries.DefendantUnnamedException e) {
            return problem(HttpStatus.CONFLICT, "Defendant not named", "Case " + reference
                    + " holds no name for the defendant, which the breach summary must state: record the suspect's"
                    + " name first.");
        }
        if (summary.isEmpty()) {
            return notFound("Case " + reference + " records no offence against an order.");
        }
        audit.record(AuditAction.CONSULT, reference, BREACH_SUMMARY_FIELDS, "breach summary");
        return pdf(summary.get(), reference + "-breach-summary.pdf");
    }

    private static ResponseEntity<byte[]> pdf(RenderedDocument document, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.pdf().length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(document.pdf());
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
