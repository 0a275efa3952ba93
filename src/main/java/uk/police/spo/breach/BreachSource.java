package uk.police.spo.breach;

/** Who reported a breach: an officer, or a partner through its inbound route. */
public enum BreachSource {

	OFFICER, COURT, MARAC, HOUSING, ADVOCACY

}
