package uk.police.spo.monitoring;

/**
 * The decision on fingerprints or a photograph when the defendant notifies (s.10(5): the defendant must allow them if
 * asked, to verify their identity). Recorded explicitly with each notification, so an untouched form is no answer.
 */
public enum TakenAtStation {

	TAKEN, NOT_TAKEN, REFUSED

}
