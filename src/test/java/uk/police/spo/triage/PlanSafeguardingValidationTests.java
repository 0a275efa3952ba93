package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanSafeguardingValidationTests {

	final PlanSafeguardingValidation validation = new PlanSafeguardingValidation();

	@Test
	void acceptsAPlanWithTheVictimsNeeds() {
		assertThat(validation.problems(Map.of("housingNeed", false, "wantsAdvocacy", true, "planPanicAlarm", true)))
			.isEmpty();
	}

	@Test
	void requiresTheNeedsThatDecideReferralOffers() {
		assertThat(validation.problems(Map.of())).hasSize(2)
			.anyMatch(p -> p.startsWith("housingNeed:"))
			.anyMatch(p -> p.startsWith("wantsAdvocacy:"));
	}

	@Test
	void requiresAnUrgentMeasureWhenUrgentSafeguardingWasAskedFor() {
		assertThat(validation.problems(Map.of("urgentSafeguarding", true, "housingNeed", false, "wantsAdvocacy",
				false, "planPanicAlarm", true))).singleElement().asString().startsWith("urgentAddressMarker:");
		assertThat(validation.problems(Map.of("urgentSafeguarding", true, "housingNeed", false, "wantsAdvocacy",
				false, "urgentSafePlace", true))).isEmpty();
	}

	@Test
	void refusesAnOverlongNote() {
		assertThat(validation.problems(Map.of("housingNeed", false, "wantsAdvocacy", false, "safeguardingNote",
				"x".repeat(2001)))).singleElement().asString().startsWith("safeguardingNote:");
	}

}
