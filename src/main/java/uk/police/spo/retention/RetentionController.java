package uk.police.spo.retention;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention review (roles in SecurityConfiguration):
 * <ul>
 * <li>{@code GET /api/retention/due} (supervisors, admins): closed cases past their review date, of the caller's
 * units;</li>
 * <li>{@code POST /api/retention/{reference}/purge-requests} (supervisors): asks for the case to be purged;</li>
 * <li>{@code POST /api/retention/{reference}/purge-requests/approval} (admins, not the requester): purges it;</li>
 * <li>{@code POST /api/retention/{reference}/purge-requests/rejection} (admins, not the requester): keeps it.</li>
 * </ul>
 * A case that is not closed, not yet due, still running or without an open request answers 409; a decision by the
 * requester 403; an unknown case, or one of another unit, 404.
 */
@RestController
@RequestMapping("/api/retention")
class RetentionController {

	private final RetentionReviews reviews;

	private final CasePurges purges;

	RetentionController(RetentionReviews reviews, CasePurges purges) {
		this.reviews = reviews;
		this.purges = purges;
	}

	record Purge(String reference, PurgeStatus status, String requestedBy, Instant requestedAt, String decidedBy,
			Instant decidedAt, Instant purgedAt) {

		static Purge of(RetentionPurge p) {
			return new Purge(p.caseReference(), p.status(), p.requestedBy(), p.requestedAt(), p.decidedBy(),
					p.decidedAt(), p.purgedAt());
		}

	}

	@GetMapping("/due")
	List<RetentionReviews.DueCase> due() {
		return reviews.due();
	}

	@PostMapping("/{reference}/purge-requests")
	ResponseEntity<Purge> request(@PathVariable String reference, Authentication user) {
		Purge purge = Purge.of(purges.request(reference, user.getName()));
		return ResponseEntity.created(URI.create("/api/retention/" + reference + "/purge-requests")).body(purge);
	}

	@PostMapping("/{reference}/purge-requests/approval")
	Purge approve(@PathVariable String reference, Authentication user) {
		return Purge.of(purges.approve(reference, user.getName()));
	}

	@PostMapping("/{reference}/purge-requests/rejection")
	Purge reject(@PathVariable String reference, Authentication user) {
		return Purge.of(purges.reject(reference, user.getName()));
	}

	@ExceptionHandler(RetentionRefusal.class)
	ResponseEntity<ProblemDetail> refused(RetentionRefusal refusal) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
		problem.setTitle(refusal.status().getReasonPhrase());
		return ResponseEntity.status(refusal.status()).body(problem);
	}

}
