package uk.police.spo.cases;

/** Why two cases were linked: the reporter quoted the earlier reference, or the same victim or suspect appears. */
public enum LinkReason {

	QUOTED_REFERENCE, SAME_VICTIM, SAME_SUSPECT

}
