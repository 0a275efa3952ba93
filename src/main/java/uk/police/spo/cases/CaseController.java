package uk.police.spo.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;

@RestController
@RequestMapping("/api/cases")
class CaseController {

	/** What of the summary is about people: who reported, their relationship, the danger, and the officers. */
	static final List<String> SUMMARY_PEOPLE_FIELDS = List.of("reporterType", "relationship", "immediateDanger",
			"timeline.actor");

	private final CaseRepository cases;

	private final AuditTrail audit;

	CaseController(CaseRepository cases, AuditTrail audit) {
		this.cases = cases;
		this.audit = audit;
	}

	/** Read-write: the consultation is recorded in the audit log in the same transaction, or nothing is served. */
	@GetMapping("/{reference}")
	@Transactional
	ResponseEntity<CaseSummary> summary(@PathVariable String reference) {
		Optional<CaseSummary> summary = cases.findByReference(reference).map(CaseSummary::of);
		summary.ifPresent(s -> audit.record(AuditAction.CONSULT, s.reference(), SUMMARY_PEOPLE_FIELDS, "case summary"));
		return ResponseEntity.of(summary);
	}

}
