package uk.police.spo.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.units.CaseAccess;
import uk.police.spo.system.NotFoundProblem;

/**
 * Staff's view of cases. A case of another unit answers 404, exactly as a case that does not exist, so that
 * nobody learns of cases outside their unit. Every consultation and change is recorded in the audit log in the same
 * transaction, or nothing is served.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	/** What of the summary is about people: who reported, their relationship, the danger, and the officers. */
	static final List<String> SUMMARY_PEOPLE_FIELDS = List.of("reporterType", "relationship", "immediateDanger",
			"timeline.actor");

	private final CaseRepository cases;

	private final CaseAccess access;

	private final CaseUnitChange unitChange;

	private final AuditTrail audit;

	CaseController(CaseRepository cases, CaseAccess access, CaseUnitChange unitChange, AuditTrail audit) {
		this.cases = cases;
		this.access = access;
		this.unitChange = unitChange;
		this.audit = audit;
	}

	@GetMapping("/{reference}")
	@Transactional
	ResponseEntity<CaseSummary> summary(@PathVariable String reference) {
		Optional<CaseSummary> summary = visible(reference).map(CaseSummary::of);
		summary.ifPresent(s -> audit.record(AuditAction.CONSULT, s.reference(), SUMMARY_PEOPLE_FIELDS, "case summary"));
		return ResponseEntity.ok(summary.orElseThrow(NotFoundProblem::noSuchCase));
	}

	record UnitChange(String unit) {
	}

	@PutMapping("/{reference}/unit")
	@Transactional
	ResponseEntity<CaseSummary> moveToUnit(@PathVariable String reference, @RequestBody UnitChange change) {
		Optional<CaseFile> caseFile = visible(reference);
		if (caseFile.isEmpty()) {
			throw NotFoundProblem.noSuchCase();
		}
		if (!access.mayMove(caseFile.get().unitCode())) {
			return ResponseEntity.status(403).build();
		}
		unitChange.move(caseFile.get(), change.unit());
		audit.record(AuditAction.ALTER, reference, List.of("unit"), "unit change");
		return ResponseEntity.ok(CaseSummary.of(caseFile.get()));
	}

	private Optional<CaseFile> visible(String reference) {
		return cases.findByReference(reference).filter(c -> access.maySee(c.unitCode()));
	}

}
