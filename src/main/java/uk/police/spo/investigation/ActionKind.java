package uk.police.spo.investigation;

/** The steps of an investigation that are recorded with their outcome. */
public enum ActionKind {

	INVESTIGATION_PLANNED, SPO_CONSIDERED, EVIDENCE_LOG_COMPLETED, SEARCH_OF_PREMISES, ARREST, INTERVIEW, CHARGE_DECISION,
	PROSECUTORS_DECISION, VICTIM_UPDATED

}
