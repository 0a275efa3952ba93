package uk.police.spo.cases;

public enum CaseStatus {

	REPORTED, REGISTERED, IN_TRIAGE, TRIAGED, UNDER_INVESTIGATION, ORDER_IN_FORCE, CLOSED

}
