package uk.police.spo.triage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.Behaviour;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.partners.PartnerIncidents;

/**
 * A partner's report of a new incident, held to the rules of an officer's ({@link IncidentRules}) and recorded the
 * same way ({@link NewIncidents}): it joins the case's course of conduct and the risk is reassessed.
 */
@Component
class PartnerIncidentRecorder implements PartnerIncidents {

	static final List<String> FIELDS = List.of("behaviour", "occurredOn", "location", "description");

	private final IncidentRules rules;

	private final NewIncidents incidents;

	PartnerIncidentRecorder(IncidentRules rules, NewIncidents incidents) {
		this.rules = rules;
		this.incidents = incidents;
	}

	@Override
	public List<String> problems(Map<String, Object> incident) {
		List<String> problems = new ArrayList<>();
		Map<String, String> texts = new LinkedHashMap<>();
		for (String field : FIELDS) {
			Object value = incident.get(field);
			if (value != null && !(value instanceof String)) {
				problems.add(field + ": a text");
			}
			texts.put(field, value instanceof String text ? text : null);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		rules.problems(texts.get("behaviour"), texts.get("occurredOn"), texts.get("location"), texts.get("description"))
			.forEach((field, message) -> problems.add(field + ": " + message));
		return problems;
	}

	@Override
	public void record(CaseFile caseFile, Map<String, Object> incident, String partner) {
		String occurredOn = (String) incident.get("occurredOn");
		incidents.reported(caseFile, occurredOn == null ? null : LocalDate.parse(occurredOn),
				Behaviour.valueOf((String) incident.get("behaviour")),
				IncidentRules.blankToNull((String) incident.get("location")),
				IncidentRules.blankToNull((String) incident.get("description")), partner);
	}

}
