package uk.police.spo.triage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.Behaviour;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.Incident;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.units.UnitTaskAccess;

/**
 * A new incident reported on an open case (shared/domain.md: the risk is reassessed on every new incident). It joins
 * the case's course of conduct and, once triage has scored the case, starts {@code incidentReassessment} (message
 * {@value #MESSAGE}); before that, triage's own assessment takes it in.
 */
@Service
public class NewIncidents {

	static final String MESSAGE = ProcessMessages.NEW_INCIDENT_REPORTED;

	private final CaseRecords cases;

	private final RuntimeService runtime;

	NewIncidents(CaseRecords cases, RuntimeService runtime) {
		this.cases = cases;
		this.runtime = runtime;
	}

	/** @return whether a reassessment was started (false while the case awaits its first assessment) */
	@Transactional
	public boolean reported(CaseFile caseFile, LocalDate occurredOn, Behaviour behaviour, String location,
			String description) {
		return reported(caseFile, occurredOn, behaviour, location, description, null);
	}

	/**
	 * As {@link #reported(CaseFile, LocalDate, Behaviour, String, String)}, for an incident a partner reports: the
	 * timeline names the partner.
	 */
	@Transactional
	public boolean reported(CaseFile caseFile, LocalDate occurredOn, Behaviour behaviour, String location,
			String description, String partner) {
		caseFile.addIncident(new Incident(occurredOn, behaviour, location, description));
		Optional<String> riskLevel = caseFile.riskLevel();
		cases.record(caseFile.id(), "INCIDENT_REPORTED", "New incident reported"
				+ (partner == null ? "" : " by " + partner) + " (" + behaviour + "): "
				+ (riskLevel.isPresent() ? "the risk is to be reassessed" : "triage assesses the risk"));
		riskLevel.ifPresent(level -> runtime.createMessageCorrelation(MESSAGE)
			.processInstanceBusinessKey(caseFile.reference())
			.setVariable(ProcessVariables.CASE_ID, caseFile.id().toString())
			.setVariable(ProcessVariables.CASE_REFERENCE, caseFile.reference())
			.setVariable(UnitTaskAccess.CASE_UNIT, caseFile.unitCode())
			.setVariable(ProcessVariables.RISK_LEVEL, level)
			.setVariable("incidentCount", caseFile.incidents().size())
			.setVariable("newIncidentReported", true)
			.correlateStartMessage());
		cases.audit(caseFile.id(), AuditAction.COLLECT, fields(occurredOn, location, description), "new incident");
		return riskLevel.isPresent();
	}

	private static List<String> fields(LocalDate occurredOn, String location, String description) {
		List<String> fields = new ArrayList<>(List.of("incident.behaviour"));
		if (occurredOn != null) {
			fields.add("incident.occurredOn");
		}
		if (location != null) {
			fields.add("incident.location");
		}
		if (description != null) {
			fields.add("incident.description");
		}
		return fields;
	}

}
