package uk.police.spo.breach;

/**
 * The offences of the Stalking Protection Act 2019 a monitored order can give rise to: s.8 breach; s.11 no notification
 * after service, a change of name or home address notified after its 3 days, information notified that is false, and
 * fingerprints or a photograph refused when the defendant notified (s.10(5) with s.11(1)(a)).
 */
public enum BreachKind {

	BREACH_OF_ORDER, FAILURE_TO_NOTIFY, CHANGE_NOTIFIED_LATE, FALSE_NOTIFICATION, VERIFICATION_REFUSED

}
