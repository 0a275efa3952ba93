package uk.police.spo.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.PersonDetails;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.system.NotFoundProblem;
import uk.police.spo.units.CaseAccess;

/**
 * The investigation records or corrects the suspect's date of birth, on which the SPO application's age rules rest
 * (under 10: no application; under 18: the youth court): {@code PUT /api/cases/{reference}/suspect/date-of-birth}
 * with {@code {"dateOfBirth": "YYYY-MM-DD"}}, answered 204. Investigators and supervisors of the case's unit only
 * (SecurityConfiguration), like witnesses; another unit's case answers 404. A date in the future or more than
 * {@value #OLDEST_YEARS} years ago (in UK time) is refused with 400. The change is audited (ALTER) and on the
 * timeline, which never shows the date; a case whose report named no suspect gets one with only this date.
 */
@RestController
@RequestMapping("/api/cases/{reference}/suspect/date-of-birth")
class SuspectDateOfBirthController {

	static final int OLDEST_YEARS = 120;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final CaseAccess access;

	private final CaseRecords records;

	private final AuditTrail audit;

	private final Clock clock;

	SuspectDateOfBirthController(CaseAccess access, CaseRecords records, AuditTrail audit,
			Clock clock) {
		this.access = access;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	record DateOfBirth(String dateOfBirth) {
	}

	@PutMapping
	@Transactional
	ResponseEntity<Object> record(@PathVariable String reference, @RequestBody(required = false) DateOfBirth given) {
		CaseFile caseFile = records.byReference(reference)
			.filter(c -> access.maySee(c.unitCode()))
			.orElseThrow(NotFoundProblem::noSuchCase);
		Optional<String> problem = problem(given);
		if (problem.isPresent()) {
			ProblemDetail refusal = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The suspect's date of birth is not acceptable.");
			refusal.setTitle("Invalid date of birth");
			refusal.setProperty("errors", List.of(Map.of("field", "dateOfBirth", "message", problem.get())));
			return ResponseEntity.badRequest().body(refusal);
		}
		LocalDate dateOfBirth = LocalDate.parse(given.dateOfBirth());
		Optional<CasePerson> suspect = caseFile.personIn(PersonRole.SUSPECT);
		boolean correction = suspect.map(CasePerson::dateOfBirth).isPresent();
		suspect.ifPresentOrElse(person -> person.correctDateOfBirth(dateOfBirth),
				() -> caseFile.addPerson(CasePerson.of(PersonRole.SUSPECT,
						new PersonDetails(null, dateOfBirth, null, null, null, null, null, null))));
		records.record(caseFile.id(), correction ? "SUSPECT_DATE_OF_BIRTH_CORRECTED" : "SUSPECT_DATE_OF_BIRTH_RECORDED",
				correction ? "The investigation corrected the suspect's date of birth"
						: "The investigation recorded the suspect's date of birth");
		audit.record(AuditAction.ALTER, reference, List.of("suspect.dateOfBirth"),
				correction ? "suspect's date of birth corrected" : "suspect's date of birth recorded");
		return ResponseEntity.noContent().build();
	}

	private Optional<String> problem(DateOfBirth given) {
		if (given == null || given.dateOfBirth() == null || given.dateOfBirth().isBlank()) {
			return Optional.of("is required, as YYYY-MM-DD");
		}
		LocalDate dateOfBirth;
		try {
			dateOfBirth = LocalDate.parse(given.dateOfBirth());
		}
		catch (DateTimeParseException notADate) {
			return Optional.of("is a date as YYYY-MM-DD");
		}
		LocalDate today = LocalDate.now(clock.withZone(UK));
		if (dateOfBirth.isAfter(today)) {
			return Optional.of("is not in the future");
		}
		if (dateOfBirth.isBefore(today.minusYears(OLDEST_YEARS))) {
			return Optional.of("is not more than " + OLDEST_YEARS + " years ago");
		}
		return Optional.empty();
	}

}
