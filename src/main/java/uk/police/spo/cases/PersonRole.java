package uk.police.spo.cases;

/**
 * A person's part in a case. The suspect is also the defendant of any order applied for: one person, one row.
 * Witnesses are added by the investigation ({@code investigation.WitnessController}).
 */
public enum PersonRole {

	VICTIM, REPORTER, SUSPECT, WITNESS

}
