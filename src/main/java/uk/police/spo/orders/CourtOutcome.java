package uk.police.spo.orders;

/** What the court decided at a hearing (message {@code CourtOutcomeReceived}, variable {@code courtOutcome}). */
public enum CourtOutcome {

	INTERIM_GRANTED, FULL_GRANTED, REFUSED, ADJOURNED

}
