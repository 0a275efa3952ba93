package uk.police.spo.monitoring;

/** What a court application about a served order asks for. */
public enum ApplicationKind {

	VARIATION, RENEWAL, DISCHARGE

}
