package uk.police.spo.bench;

import java.util.Map;

/** Answers the suite's officers give where a case's path depends on them, shared by the items that work cases. */
final class CaseAnswers {

	/** Stalking (8Q) with every FOUR element present. */
	static final Map<String, Object> CLASSIFIED_AS_STALKING = Map.of("fixated", true, "obsessive", true, "unwanted",
			true, "repeated", true, "incidentCount", 4L, "classification", "STALKING_8Q");

	/** 15 DASH answers "yes": high risk, so MARAC. */
	static final Map<String, Object> SCREENED_HIGH_RISK = Map.of("yesAnswers", 15L, "stalkingQuestionYes", true,
			"victimVeryFrightened", true, "threatsOfViolence", true, "followedVictim", true);

	/** The three-part test met and an application decided, for an adult defendant who lives in the area. */
	static final Map<String, Object> DECIDED_TO_APPLY = Map.of("actsAssociatedWithStalking", true,
			"riskAssociatedWithStalking", true, "orderNecessary", true, "apply", true, "defendantAgedTenOrOver", true,
			"defendantInOrHeadingToArea", true, "defendantUnder18", false);

	private CaseAnswers() {
	}

}
