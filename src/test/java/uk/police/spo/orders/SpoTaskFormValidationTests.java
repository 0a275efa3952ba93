package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.police.spo.tasks.FormSubmission;

/** The server's checks of the four SPO task forms: their deployed forms and the rules beyond them. */
class SpoTaskFormValidationTests {

	@Nested
	class DecideToApply {

		final FormSubmission validation = FormSubmission.of("spo-decide-to-apply", new DecideToApplyValidation());

		@Test
		void guardsTheDecisionTask() {
			assertThat(new DecideToApplyValidation().taskDefinitionKey()).isEqualTo("Task_DecideToApply");
		}

		@Test
		void acceptsAnApplicationWhenEveryPartIsMet() {
			assertThat(validation.problems(decision(true))).isEmpty();
		}

		@Test
		void acceptsADecisionNotToApplyWithoutTheDefendantChecks() {
			Map<String, Object> values = decision(false);
			values.put("orderNecessary", false);
			values.keySet().removeAll(List.of("defendantAgedTenOrOver", "defendantAreaCondition", "defendantUnder18"));

			assertThat(validation.problems(values)).isEmpty();
		}

		@Test
		void refusesToApplyWhenAPartIsNotMet() {
			Map<String, Object> values = decision(true);
			values.put("riskAssociatedWithStalking", false);

			assertThat(validation.problems(values)).singleElement().asString().startsWith("apply:");
		}

		@Test
		void refusesToApplyForADefendantUnderTenOrOutsideTheArea() {
			Map<String, Object> values = decision(true);
			values.put("defendantAgedTenOrOver", false);
			values.put("defendantAreaCondition", "NEITHER");
			values.put("defendantUnder18", "unknown");

			assertThat(validation.problems(values)).hasSize(3)
				.anyMatch(p -> p.startsWith("defendantAgedTenOrOver:"))
				.anyMatch(p -> p.startsWith("defendantAreaCondition:"))
				.anyMatch(p -> p.startsWith("defendantUnder18:"));
		}

		@Test
		void namesEveryMissingAnswerAndReasoning() {
			assertThat(validation.problems(Map.of("actsAssociatedWithStalking", "", "apply", ""))).hasSize(7)
				.anyMatch(p -> p.startsWith("actsAssociatedWithStalking:"))
				.anyMatch(p -> p.startsWith("necessityReasoning:"))
				.anyMatch(p -> p.startsWith("apply:"));
		}

		private static Map<String, Object> decision(boolean apply) {
			return new HashMap<>(Map.of("actsAssociatedWithStalking", true, "actsReasoning", "Following",
					"riskAssociatedWithStalking", true, "riskReasoning", "Escalating", "orderNecessary", true,
					"necessityReasoning", "Nothing else works", "defendantAgedTenOrOver", true,
					"defendantAreaCondition", "LIVES_IN_AREA", "defendantUnder18", false, "apply", apply));
		}

	}

	@Nested
	class DraftOrderTerms {

		final FormSubmission validation = FormSubmission.of("spo-draft-order-terms", new DraftOrderTermsValidation());

		@Test
		void acceptsTermsWithTheirNecessityAndAFixedDurationOfTwoYears() {
			Map<String, Object> values = draft();
			values.putAll(Map.of("term3Kind", "REQUIREMENT", "term3Wording", "Attend a programme", "term3Necessity",
					"Addresses the fixation", "orderDuration", "FIXED", "durationYears", 2L));

			assertThat(new DraftOrderTermsValidation().taskDefinitionKey()).isEqualTo("Task_DraftOrderTerms");
			assertThat(validation.problems(values)).isEmpty();
		}

		@Test
		void refusesATermWithoutItsNecessityOrKind() {
			Map<String, Object> values = draft();
			values.put("term2Wording", "No recording of the protected person");
			values.put("term4Necessity", "a reason without a term");

			assertThat(validation.problems(values)).hasSize(3)
				.anyMatch(p -> p.startsWith("term2Kind:"))
				.anyMatch(p -> p.startsWith("term2Necessity:"))
				.anyMatch(p -> p.startsWith("term4Wording:"));
		}

		@Test
		void refusesADraftWithoutTermsAndAFixedDurationUnderTwoYears() {
			Map<String, Object> values = new HashMap<>(
					Map.of("interimWanted", false, "orderDuration", "FIXED", "durationYears", 1.5));

			assertThat(validation.problems(values)).anyMatch(p -> p.startsWith("term1Wording:"))
				.anyMatch(p -> p.startsWith("durationYears:"))
				.noneMatch(p -> p.startsWith("interimWanted:") || p.startsWith("orderDuration:"));
		}

		@Test
		void namesTheMissingInterimChoiceAndDuration() {
			Map<String, Object> values = draft();
			values.put("interimWanted", "maybe");
			values.remove("orderDuration");

			assertThat(validation.problems(values)).hasSize(2)
				.anyMatch(p -> p.startsWith("interimWanted:"))
				.anyMatch(p -> p.startsWith("orderDuration:"));
		}

		private static Map<String, Object> draft() {
			return new HashMap<>(Map.of("term1Kind", "PROHIBITION", "term1Wording", "Not to contact the protected person",
					"term1Necessity", "Contact is the harm", "interimWanted", true, "orderDuration",
					"UNTIL_FURTHER_ORDER"));
		}

	}

	@Nested
	class ReviewApplication {

		final FormSubmission validation = FormSubmission.of("spo-review-application");

		@Test
		void approvesWithoutReasonsButSendsBackOnlyWithThem() {
			assertThat(validation.problems(Map.of("reviewDecision", "APPROVE"))).isEmpty();
			assertThat(validation.problems(Map.of("reviewDecision", "SEND_BACK", "sendBackReasons", "Term 2")))
				.isEmpty();
			assertThat(validation.problems(Map.of("reviewDecision", "SEND_BACK"))).singleElement()
				.asString()
				.startsWith("sendBackReasons:");
			assertThat(validation.problems(Map.of("reviewDecision", "MAYBE"))).singleElement()
				.asString()
				.startsWith("reviewDecision:");
		}

	}

	@Nested
	class DecideOnAppeal {

		final FormSubmission validation = FormSubmission.of("spo-decide-on-appeal");

		@Test
		void needsTheDecisionAndItsReasoning() {
			assertThat(validation.problems(Map.of("appeal", true, "appealReasoning", "Misapplied the test"))).isEmpty();
			assertThat(validation.problems(Map.of("appeal", false, "appealReasoning", "x".repeat(2001))))
				.singleElement()
				.asString()
				.startsWith("appealReasoning:");
			assertThat(validation.problems(Map.of("appeal", "undecided"))).hasSize(2);
		}

	}

}
