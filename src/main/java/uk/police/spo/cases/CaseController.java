package uk.police.spo.cases;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseRepository cases;

	CaseController(CaseRepository cases) {
		this.cases = cases;
	}

	@GetMapping("/{reference}")
	@Transactional(readOnly = true)
	ResponseEntity<CaseSummary> summary(@PathVariable String reference) {
		return ResponseEntity.of(cases.findByReference(reference).map(CaseSummary::of));
	}

}
