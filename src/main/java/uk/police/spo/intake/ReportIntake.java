package uk.police.spo.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditFields;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.CaseReferences;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.Incident;
import uk.police.spo.cases.PersonDetails;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.cases.TimelineEntry;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.units.UnitTaskAccess;
import uk.police.spo.units.Units;

/** Turns a report into a case and starts its process, in one transaction: both happen or neither does. */
@Service
public class ReportIntake {

	static final String REPORT_RECEIVED = ProcessMessages.REPORT_RECEIVED;

	static final String NEXT_STEPS = "Your report has been received. An officer will review it and contact you in the "
			+ "way you said is safe. If you are in immediate danger, call 999.";

	private final CaseRecords cases;

	private final CaseReferences references;

	private final RuntimeService runtime;

	private final IdempotentReports idempotency;

	private final Units units;

	private final Clock clock;

	private final AuditTrail audit;

	ReportIntake(CaseRecords cases, CaseReferences references, RuntimeService runtime,
			IdempotentReports idempotency, Units units, Clock clock, AuditTrail audit) {
		this.units = units;
		this.cases = cases;
		this.references = references;
		this.runtime = runtime;
		this.idempotency = idempotency;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Without an idempotency key (null) the report is simply stored. With one, the key is claimed first, so that a concurrent retry waits here and then finds this
	 * report's answer instead of creating a second case.
	 */
	@Transactional
	public ReportReceipt receive(ReportRequest report, String idempotencyKey, String requestHash) {
		Instant now = clock.instant();
		ReportReceipt receipt = new ReportReceipt(references.next(), now, NEXT_STEPS);
		if (idempotencyKey != null) {
			idempotency.remember(idempotencyKey, requestHash, receipt);
		}
		CaseFile caseFile = new CaseFile(receipt.reference(), report.reporterType(),
				Boolean.TRUE.equals(report.immediateDanger()),
				Objects.requireNonNullElse(report.relationship(), Relationship.UNKNOWN),
				Boolean.TRUE.equals(report.consentToPartnerReferral()), now);
		addPeople(caseFile, report);
		caseFile.assignTo(units.forAddress(report.victim() == null ? null : report.victim().address()));
		caseFile.describeImpact(report.impact(), screening(report.screening()));
		if (report.earlierReference() != null) {
			// Linked when it exists; the reporter is never told whether it does (no probing for cases).
			cases.byReference(report.earlierReference()).ifPresent(caseFile::followOn);
		}
		report.incidents().forEach(i -> caseFile.addIncident(new Incident(i.occurredOn(), i.behaviour(), i.location(), i.description())));
		caseFile.record(new TimelineEntry(now, "REPORT_RECEIVED", "Report received from " + report.reporterType(), "public"));
		cases.register(caseFile);

		runtime.createMessageCorrelation(REPORT_RECEIVED)
			.processInstanceBusinessKey(caseFile.reference())
			.setVariable(ProcessVariables.CASE_ID, caseFile.id().toString())
			.setVariable(ProcessVariables.CASE_REFERENCE, caseFile.reference())
			.setVariable(ProcessVariables.IMMEDIATE_DANGER, caseFile.immediateDanger())
			.setVariable(UnitTaskAccess.CASE_UNIT, caseFile.unitCode())
			.correlateStartMessage();
		// last: the audit append locks the chain head until this transaction commits
		audit.record(AuditAction.COLLECT, caseFile.reference(), personalDataFields(report), "report intake");
		return receipt;
	}

	/** The names (never the values) of the personal data this report actually contains, for the audit log. */
	static List<String> personalDataFields(ReportRequest report) {
		AuditFields fields = new AuditFields().ifPresent("immediateDanger", report.immediateDanger());
		ReportRequest.Victim victim = report.victim();
		if (victim != null) {
			fields.ifPresent("victim.name", victim.name())
				.ifPresent("victim.dateOfBirth", victim.dateOfBirth())
				.ifPresent("victim.address", victim.address())
				.ifPresent("victim.phone", victim.phone())
				.ifPresent("victim.email", victim.email());
			ReportRequest.SafeContact safe = victim.safeContact();
			if (safe != null) {
				fields.ifPresent("victim.safeContact.method", safe.method())
					.ifPresent("victim.safeContact.safeTimes", safe.safeTimes())
					.ifPresent("victim.safeContact.voicemailSafe", safe.voicemailSafe());
			}
		}
		ReportRequest.Reporter reporter = report.reporter();
		if (reporter != null) {
			fields.ifPresent("reporter.name", reporter.name())
				.ifPresent("reporter.phone", reporter.phone())
				.ifPresent("reporter.email", reporter.email())
				.ifPresent("reporter.relationshipToVictim", reporter.relationshipToVictim());
		}
		ReportRequest.Suspect suspect = report.suspect();
		if (suspect != null) {
			fields.ifPresent("suspect.name", suspect.name())
				.ifPresent("suspect.dateOfBirth", suspect.dateOfBirth())
				.ifPresent("suspect.description", suspect.description())
				.ifPresent("suspect.address", suspect.address())
				.ifPresent("suspect.onlineAccounts", suspect.onlineAccounts());
		}
		fields.ifPresent("relationship", report.relationship());
		for (ReportRequest.IncidentReport incident : report.incidents()) {
			fields.ifPresent("incidents.occurredOn", incident.occurredOn())
				.ifPresent("incidents.behaviour", incident.behaviour())
				.ifPresent("incidents.location", incident.location())
				.ifPresent("incidents.description", incident.description());
		}
		fields.ifPresent("impact", report.impact());
		ReportRequest.Screening s = report.screening();
		if (s != null) {
			fields.ifPresent("screening.veryFrightened", s.veryFrightened())
				.ifPresent("screening.turnedUpUnannounced", s.turnedUpUnannounced())
				.ifPresent("screening.damagedProperty", s.damagedProperty())
				.ifPresent("screening.followed", s.followed())
				.ifPresent("screening.threatenedViolence", s.threatenedViolence())
				.ifPresent("screening.harassedOthers", s.harassedOthers())
				.ifPresent("screening.violentToOthers", s.violentToOthers())
				.ifPresent("screening.recruitedOthers", s.recruitedOthers());
		}
		return fields.ifPresent("consentToPartnerReferral", report.consentToPartnerReferral()).names();
	}

	private static ScreeningAnswers screening(ReportRequest.Screening s) {
		return s == null ? ScreeningAnswers.unanswered()
				: new ScreeningAnswers(s.veryFrightened(), s.turnedUpUnannounced(), s.damagedProperty(), s.followed(),
						s.threatenedViolence(), s.harassedOthers(), s.violentToOthers(), s.recruitedOthers());
	}

	private static void addPeople(CaseFile caseFile, ReportRequest report) {
		ReportRequest.Victim victim = report.victim();
		if (victim != null) {
			CasePerson person = CasePerson.of(PersonRole.VICTIM, new PersonDetails(victim.name(), victim.dateOfBirth(),
					victim.address(), victim.phone(), victim.email(), null, null, null));
			if (victim.safeContact() != null) {
				person.withSafeContact(victim.safeContact().method(), victim.safeContact().safeTimes(),
						victim.safeContact().voicemailSafe());
			}
			caseFile.addPerson(person);
		}
		ReportRequest.Reporter reporter = report.reporter();
		if (reporter != null) {
			caseFile.addPerson(CasePerson.of(PersonRole.REPORTER, new PersonDetails(reporter.name(), null, null,
					reporter.phone(), reporter.email(), null, reporter.relationshipToVictim(), null)));
		}
		ReportRequest.Suspect suspect = report.suspect();
		if (suspect != null) {
			List<String> accounts = Objects.requireNonNullElse(suspect.onlineAccounts(), List.of());
			caseFile.addPerson(CasePerson.of(PersonRole.SUSPECT, new PersonDetails(suspect.name(), suspect.dateOfBirth(),
					suspect.address(), null, null, suspect.description(), null,
					accounts.isEmpty() ? null : String.join("\n", accounts))));
		}
	}

}
