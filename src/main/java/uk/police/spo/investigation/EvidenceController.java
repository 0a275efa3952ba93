package uk.police.spo.investigation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.units.CaseAccess;
import uk.police.spo.system.NotFoundProblem;

/**
 * A case's evidence log: files attached here because Tasklist forms cannot upload. Investigators and supervisors
 * (SecurityConfiguration) of the case's unit only; another unit's case answers 404 like one that does not exist.
 * Collecting and consulting evidence is audited in the same transaction.
 */
@RestController
@RequestMapping("/api/cases/{reference}/evidence")
class EvidenceController {

	static final List<String> EVIDENCE_FIELDS = List.of("evidence.description", "evidence.content");

	private final CaseRecords cases;

	private final CaseAccess access;

	private final EvidenceStore store;

	private final EvidenceLog log;

	private final AuditTrail audit;

	EvidenceController(CaseRecords cases, CaseAccess access, EvidenceStore store, EvidenceLog log,
			AuditTrail audit) {
		this.cases = cases;
		this.access = access;
		this.store = store;
		this.log = log;
		this.audit = audit;
	}

	record EvidenceView(UUID id, EvidenceKind kind, String description, String fileLabel, String contentType,
			long sizeBytes, String sha256, String recordedBy, Instant recordedAt) {

		static EvidenceView of(EvidenceItem item) {
			return new EvidenceView(item.id(), item.kind(), item.description(), item.fileLabel(), item.contentType(),
					item.sizeBytes(), item.sha256(), item.recordedBy(), item.recordedAt());
		}

	}

	/** Not transactional itself: {@link EvidenceLog} writes the item in a transaction of its own, or nothing. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Object> upload(@PathVariable String reference, @RequestParam("file") MultipartFile file,
			@RequestParam("kind") String kind, @RequestParam("description") String description, Principal user)
			throws IOException {
		EvidenceLog.Outcome outcome;
		try (InputStream content = file.getInputStream()) {
			outcome = log.log(reference, kind, description, content, user.getName());
		}
		if (outcome instanceof EvidenceLog.Logged logged) {
			return ResponseEntity
				.created(URI.create("/api/cases/" + reference + "/evidence/" + logged.item().id() + "/content"))
				.body(EvidenceView.of(logged.item()));
		}
		if (outcome instanceof EvidenceLog.Invalid invalid) {
			return ResponseEntity.badRequest()
				.body(invalid(invalid.problems()
					.stream()
					.map(p -> Map.of("field", p.field(), "message", p.message()))
					.toList()));
		}
		if (outcome instanceof EvidenceLog.Refused refused) {
			return refused(refused);
		}
		throw NotFoundProblem.noSuchCase();
	}

	@GetMapping
	@Transactional
	ResponseEntity<List<EvidenceView>> list(@PathVariable String reference) {
		Optional<CaseFile> caseFile = visible(reference);
		if (caseFile.isEmpty()) {
			throw NotFoundProblem.noSuchCase();
		}
		List<EvidenceView> items = store.itemsOf(caseFile.get().id()).stream().map(EvidenceView::of).toList();
		audit.record(AuditAction.CONSULT, reference, List.of("evidence.description"), "evidence list");
		return ResponseEntity.ok(items);
	}

	@GetMapping("/{itemId}/content")
	@Transactional
	ResponseEntity<Resource> content(@PathVariable String reference, @PathVariable UUID itemId) {
		Optional<EvidenceStore.StoredEvidence> stored = visible(reference)
			.flatMap(caseFile -> store.find(caseFile.id(), itemId));
		if (stored.isEmpty()) {
			throw NotFoundProblem.noSuchCase();
		}
		EvidenceItem item = stored.get().item();
		audit.record(AuditAction.CONSULT, reference, List.of("evidence.content"), "evidence download");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(item.contentType()))
			.contentLength(item.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.fileLabel()).build().toString())
			.body(new FileSystemResource(stored.get().file()));
	}

	private static ResponseEntity<Object> refused(EvidenceLog.Refused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				refused.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE, refused.message());
		problem.setTitle(refused.tooLarge() ? "File too large" : "File type not accepted");
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field(s).");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	private Optional<CaseFile> visible(String reference) {
		return cases.byReference(reference).filter(c -> access.maySee(c.unitCode()));
	}

}
