package uk.police.spo.cases;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.units.CaseAccess;
import uk.police.spo.units.CaseUnitChange;

/**
 * Staff's view of cases. A case of another unit answers 404, exactly as a case that does not exist, so that
 * nobody learns of cases outside their unit.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseRepository cases;

	private final CaseAccess access;

	private final CaseUnitChange unitChange;

	CaseController(CaseRepository cases, CaseAccess access, CaseUnitChange unitChange) {
		this.cases = cases;
		this.access = access;
		this.unitChange = unitChange;
	}

	@GetMapping("/{reference}")
	@Transactional(readOnly = true)
	ResponseEntity<CaseSummary> summary(@PathVariable String reference) {
		return ResponseEntity.of(visible(reference).map(CaseSummary::of));
	}

	record UnitChange(String unit) {
	}

	@PutMapping("/{reference}/unit")
	@Transactional
	ResponseEntity<CaseSummary> moveToUnit(@PathVariable String reference, @RequestBody UnitChange change) {
		Optional<CaseFile> caseFile = visible(reference);
		if (caseFile.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		if (!access.mayMove(caseFile.get().unitCode())) {
			return ResponseEntity.status(403).build();
		}
		unitChange.move(caseFile.get(), change.unit());
		return ResponseEntity.ok(CaseSummary.of(caseFile.get()));
	}

	private Optional<CaseFile> visible(String reference) {
		return cases.findByReference(reference).filter(c -> access.maySee(c.unitCode()));
	}

}
