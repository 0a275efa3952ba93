package uk.police.spo.bench;

import java.util.Map;

/** Answers the suite's officers give where a case's path depends on them, shared by the items that work cases. */
final class CaseAnswers {

	/** Stalking (8Q), the stalking question and every FOUR element answered yes, no other offence. */
	static final Map<String, Object> CLASSIFIED_AS_STALKING = Map.of("stalkingQuestion", "YES", "fixated", "YES",
			"obsessive", "YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 4L, "classification",
			"STALKING_8Q", "conductCrimeReference", "41/12345/26", "otherOffence", "NONE");

	/** 15 DASH answers "yes": high risk, so MARAC. */
	static final Map<String, Object> SCREENED_HIGH_RISK = Map.of("yesAnswers", 15L, "dashStalkingQuestion", "YES",
			"victimVeryFrightened", true, "threatsOfViolence", true, "followedVictim", true);

	/** The three-part test met and an application decided, for an adult defendant who lives in the area. */
	static final Map<String, Object> DECIDED_TO_APPLY = Map.of("actsAssociatedWithStalking", true,
			"riskAssociatedWithStalking", true, "orderNecessary", true, "apply", true, "defendantAgedTenOrOver", true,
			"defendantAreaCondition", "LIVES_IN_AREA", "defendantUnder18", false);

	private CaseAnswers() {
	}

}
