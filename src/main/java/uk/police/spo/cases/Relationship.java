package uk.police.spo.cases;

/** The suspect's relationship to the victim. */
public enum Relationship {

	EX_PARTNER, PARTNER, FAMILY, ACQUAINTANCE, COLLEAGUE, STRANGER, UNKNOWN

}
