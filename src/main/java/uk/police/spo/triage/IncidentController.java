package uk.police.spo.triage;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.cases.Behaviour;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.system.UkDates;
import uk.police.spo.units.CaseAccess;

/**
 * An officer records a new incident on an open case: {@code POST /api/cases/{reference}/incidents} with
 * {@code {"behaviour": "FOLLOWING", "occurredOn": "2026-05-01", "location": "...", "description": "..."}} (only the
 * behaviour is required). Staff of the case's unit; another unit's case answers 404, a closed case 409. The risk is
 * then reassessed ({@link NewIncidents}).
 */
@RestController
@RequestMapping("/api/cases/{reference}/incidents")
class IncidentController {

	private final CaseRecords cases;

	private final CaseAccess access;

	private final NewIncidents incidents;

	private final IncidentRules rules;

	IncidentController(CaseRecords cases, CaseAccess access, NewIncidents incidents, IncidentRules rules) {
		this.cases = cases;
		this.access = access;
		this.incidents = incidents;
		this.rules = rules;
	}

	record NewIncident(String behaviour, String occurredOn, String location, String description) {
	}

	@PostMapping
	@Transactional
	ResponseEntity<Object> report(@PathVariable String reference, @RequestBody(required = false) NewIncident body) {
		Optional<CaseFile> caseFile = cases.byReference(reference).filter(c -> access.maySee(c.unitCode()));
		if (caseFile.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		if (caseFile.get().status() == CaseStatus.CLOSED) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"The case is closed: report the incident as a new case, linked to this one.");
			problem.setTitle("Case closed");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		List<Map<String, String>> errors = problems(body);
		if (!errors.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The incident has " + errors.size() + " invalid field(s).");
			problem.setTitle("Invalid incident");
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().body(problem);
		}
		boolean reassessing = incidents.reported(caseFile.get(),
				body.occurredOn() == null ? null : LocalDate.parse(body.occurredOn()),
				Behaviour.valueOf(body.behaviour()), blankToNull(body.location()), blankToNull(body.description()));
		return ResponseEntity.created(URI.create("/api/cases/" + reference))
			.body(Map.of("incidents", caseFile.get().incidents().size(), "riskReassessment", reassessing));
	}

	private List<Map<String, String>> problems(NewIncident body) {
		if (body == null) {
			return IncidentRules.asErrors(rules.problems(null, null, null, null));
		}
		return IncidentRules.asErrors(rules.problems(body.behaviour(), body.occurredOn(), body.location(),
				body.description()));
	}

	private static String blankToNull(String text) {
		return IncidentRules.blankToNull(text);
	}

}
