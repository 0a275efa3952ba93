package uk.police.spo.triage;

import java.util.HashMap;
import java.util.Map;

import uk.police.spo.cases.ScreeningAnswers;

/**
 * What the report already tells triage, as decision inputs and form prefill: never names, addresses or other
 * personal details.
 */
record TriageFacts(boolean formerPartner, int reportedIncidents, boolean consentToPartnerReferral,
		ScreeningAnswers screening) {

	Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>(ScreeningQuestions.prefill(screening));
		variables.put("formerPartner", formerPartner);
		variables.put("incidentCount", reportedIncidents);
		variables.put("consentToPartnerReferral", consentToPartnerReferral);
		variables.put("breachOfOrder", false);
		return variables;
	}

}
