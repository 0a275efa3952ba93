package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.police.spo.tasks.FormSubmission;

class PlanSafeguardingValidationTests {

	final FormSubmission form = FormSubmission.of("triage-plan-safeguarding", new PlanSafeguardingValidation());

	@Test
	void acceptsAPlanWithTheVictimsNeeds() {
		assertThat(form.problems(form.asTasklistSends(Map.of("housingNeed", false, "wantsAdvocacy", true, "planPanicAlarm", true))))
			.isEmpty();
	}

	@Test
	void requiresTheNeedsThatDecideReferralOffers() {
		assertThat(form.problems(Map.of("housingNeed", "unknown", "wantsAdvocacy", 1))).hasSize(2)
			.anyMatch(p -> p.startsWith("housingNeed:"))
			.anyMatch(p -> p.startsWith("wantsAdvocacy:"));
	}

	@Test
	void requiresAnUrgentMeasureWhenUrgentSafeguardingWasAskedFor() {
		assertThat(form.problems(form.asTasklistSends(Map.of("urgentSafeguarding", true, "housingNeed", false, "wantsAdvocacy",
				false, "planPanicAlarm", true)))).singleElement().asString().startsWith("urgentAddressMarker:");
		assertThat(form.problems(form.asTasklistSends(Map.of("urgentSafeguarding", true, "housingNeed", false, "wantsAdvocacy",
				false, "urgentSafePlace", true)))).isEmpty();
	}

	@Test
	void refusesAnOverlongNote() {
		assertThat(form.problems(form.asTasklistSends(Map.of("housingNeed", false, "wantsAdvocacy", false, "safeguardingNote",
				"x".repeat(2001))))).singleElement().asString().startsWith("safeguardingNote:");
	}

}
