package uk.police.spo.orders;

/**
 * Why the chief officer may apply (Stalking Protection Act 2019 s.1(1)): the defendant lives in the force's area, or
 * the chief officer believes that the defendant is in it or is intending to come to it.
 */
public enum AreaCondition {

	LIVES_IN_AREA, IN_AREA, COMING_TO_AREA

}
