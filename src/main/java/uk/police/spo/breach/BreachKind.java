package uk.police.spo.breach;

/**
 * The offences of the Stalking Protection Act 2019 a monitored order can give rise to: s.8 breach, s.11 notification.
 */
public enum BreachKind {

	BREACH_OF_ORDER, FAILURE_TO_NOTIFY

}
