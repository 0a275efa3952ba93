package uk.police.spo.orders;

/** Why an order stopped: a full order replaced an interim one, the court discharged it, or it ran out. */
public enum OrderEndReason {

	SUPERSEDED, DISCHARGED, EXPIRED, MAIN_APPLICATION_REFUSED

}
