package uk.police.spo.investigation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
import uk.police.spo.units.CaseAccess;
import uk.police.spo.system.NotFoundProblem;

/**
 * A case's witnesses, recorded by the investigation: {@code POST /api/cases/{reference}/witnesses} with
 * {@code {"name": "...", "phone": "...", "email": "...", "address": "..."}} (only the name is required) and
 * {@code GET} for the list. Investigators and supervisors of the case's unit only (SecurityConfiguration), like the
 * evidence log; another unit's case answers 404. Contact details are encrypted at rest like the victim's; the
 * timeline names no witness; collecting and consulting are audited by field name.
 */
@RestController
@RequestMapping("/api/cases/{reference}/witnesses")
class WitnessController {

	static final List<String> WITNESS_FIELDS = List.of("witness.name", "witness.phone", "witness.email",
			"witness.address");

	private static final Pattern PHONE = Pattern.compile("[0-9 +()-]{6,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

	private final CaseAccess access;

	private final CaseRecords records;

	private final AuditTrail audit;

	WitnessController(CaseAccess access, CaseRecords records, AuditTrail audit) {
		this.access = access;
		this.records = records;
		this.audit = audit;
	}

	record NewWitness(String name, String phone, String email, String address) {
	}

	record WitnessView(UUID id, String name, String phone, String email, String address) {

		static WitnessView of(CasePerson witness) {
			return new WitnessView(witness.id(), witness.name(), witness.phone(), witness.email(), witness.address());
		}

	}

	@PostMapping
	@Transactional
	ResponseEntity<Object> add(@PathVariable String reference, @RequestBody(required = false) NewWitness witness) {
		Optional<CaseFile> caseFile = visible(reference);
		if (caseFile.isEmpty()) {
			throw NotFoundProblem.noSuchCase();
		}
		List<Map<String, String>> errors = problems(witness);
		if (!errors.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The witness has " + errors.size() + " invalid field(s).");
			problem.setTitle("Invalid witness");
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().body(problem);
		}
		CasePerson added = CasePerson.of(PersonRole.WITNESS, new PersonDetails(witness.name().strip(), null,
				blankToNull(witness.address()), blankToNull(witness.phone()), blankToNull(witness.email()), null, null,
				null));
		caseFile.get().addPerson(added);
		records.record(caseFile.get().id(), "WITNESS_ADDED", "A witness was added to the investigation");
		audit.record(AuditAction.COLLECT, reference, suppliedFields(witness), "witness recorded");
		return ResponseEntity.created(URI.create("/api/cases/" + reference + "/witnesses"))
			.body(WitnessView.of(added));
	}

	@GetMapping
	@Transactional
	ResponseEntity<List<WitnessView>> list(@PathVariable String reference) {
		Optional<CaseFile> caseFile = visible(reference);
		if (caseFile.isEmpty()) {
			throw NotFoundProblem.noSuchCase();
		}
		List<WitnessView> witnesses = caseFile.get()
			.people()
			.stream()
			.filter(person -> person.role() == PersonRole.WITNESS)
			.map(WitnessView::of)
			.toList();
		audit.record(AuditAction.CONSULT, reference, WITNESS_FIELDS, "witness list");
		return ResponseEntity.ok(witnesses);
	}

	private Optional<CaseFile> visible(String reference) {
		return records.byReference(reference).filter(caseFile -> access.maySee(caseFile.unitCode()));
	}

	private static List<Map<String, String>> problems(NewWitness witness) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (witness == null || witness.name() == null || witness.name().isBlank() || witness.name().length() > 200) {
			errors.add(error("name", "is required, at most 200 characters"));
		}
		if (witness == null) {
			return errors;
		}
		if (present(witness.phone()) && !PHONE.matcher(witness.phone()).matches()) {
			errors.add(error("phone", "is 6 to 30 digits, spaces, +, (, ) or -"));
		}
		if (present(witness.email()) && (witness.email().length() > 254 || !EMAIL.matcher(witness.email()).matches())) {
			errors.add(error("email", "is an email address"));
		}
		if (present(witness.address()) && witness.address().length() > 500) {
			errors.add(error("address", "is at most 500 characters"));
		}
		return errors;
	}

	private static List<String> suppliedFields(NewWitness witness) {
		List<String> fields = new ArrayList<>(List.of("witness.name"));
		if (present(witness.phone())) {
			fields.add("witness.phone");
		}
		if (present(witness.email())) {
			fields.add("witness.email");
		}
		if (present(witness.address())) {
			fields.add("witness.address");
		}
		return fields;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String blankToNull(String value) {
		return present(value) ? value.strip() : null;
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
