package uk.police.spo.partners;

import java.util.List;
import java.util.Map;

import uk.police.spo.cases.CaseFile;

/**
 * A new incident a partner reports on a case referred to it (type {@code INCIDENT_REPORTED}), recorded as an
 * officer's report of one is and reassessing the risk in the same way. Implemented by the module that assesses risk;
 * the fields are the contract's: {@code behaviour}, {@code occurredOn}, {@code location}, {@code description}.
 */
public interface PartnerIncidents {

	/** What is wrong with the incident's fields, each as {@code "<field>: <message>"}; empty when it can be recorded. */
	List<String> problems(Map<String, Object> incident);

	/** Records the incident on the case, reported by the partner, and has the risk reassessed. */
	void record(CaseFile caseFile, Map<String, Object> incident, String partner);

}
