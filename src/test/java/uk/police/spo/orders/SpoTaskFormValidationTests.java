package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The server's checks of the four SPO task forms. */
class SpoTaskFormValidationTests {

	@Nested
	class DecideToApply {

		final DecideToApplyValidation validation = new DecideToApplyValidation();

		@Test
		void guardsTheDecisionTask() {
			assertThat(validation.taskDefinitionKey()).isEqualTo("Task_DecideToApply");
		}

		@Test
		void acceptsAnApplicationWhenEveryPartIsMet() {
			assertThat(validation.problems(decision("YES"))).isEmpty();
		}

		@Test
		void acceptsADecisionNotToApplyWithoutTheDefendantChecks() {
			Map<String, Object> values = decision("NO");
			values.put("orderNecessary", "NO");
			values.keySet().removeAll(List.of("defendantAgedTenOrOver", "defendantInOrHeadingToArea", "defendantUnder18"));

			assertThat(validation.problems(values)).isEmpty();
		}

		@Test
		void refusesToApplyWhenAPartIsNotMet() {
			Map<String, Object> values = decision("YES");
			values.put("riskAssociatedWithStalking", "NO");

			assertThat(validation.problems(values)).singleElement().asString().startsWith("apply:");
		}

		@Test
		void refusesToApplyForADefendantUnderTenOrOutsideTheArea() {
			Map<String, Object> values = decision("YES");
			values.put("defendantAgedTenOrOver", "NO");
			values.put("defendantInOrHeadingToArea", "NO");
			values.remove("defendantUnder18");

			assertThat(validation.problems(values)).hasSize(3)
				.anyMatch(p -> p.startsWith("defendantAgedTenOrOver:"))
				.anyMatch(p -> p.startsWith("defendantInOrHeadingToArea:"))
				.anyMatch(p -> p.startsWith("defendantUnder18:"));
		}

		@Test
		void namesEveryMissingAnswerAndReasoning() {
			assertThat(validation.problems(Map.of())).hasSize(7)
				.anyMatch(p -> p.startsWith("actsAssociatedWithStalking:"))
				.anyMatch(p -> p.startsWith("necessityReasoning:"))
				.anyMatch(p -> p.startsWith("apply:"));
		}

		private static Map<String, Object> decision(String apply) {
			return new HashMap<>(Map.of("actsAssociatedWithStalking", "YES", "actsReasoning", "Following",
					"riskAssociatedWithStalking", "YES", "riskReasoning", "Escalating", "orderNecessary", "YES",
					"necessityReasoning", "Nothing else works", "defendantAgedTenOrOver", "YES",
					"defendantInOrHeadingToArea", "YES", "defendantUnder18", "NO", "apply", apply));
		}

	}

	@Nested
	class DraftOrderTerms {

		final DraftOrderTermsValidation validation = new DraftOrderTermsValidation();

		@Test
		void acceptsTermsWithTheirNecessityAndAFixedDurationOfTwoYears() {
			Map<String, Object> values = draft();
			values.putAll(Map.of("term3Kind", "REQUIREMENT", "term3Wording", "Attend a programme", "term3Necessity",
					"Addresses the fixation", "orderDuration", "FIXED", "durationYears", 2L));

			assertThat(validation.taskDefinitionKey()).isEqualTo("Task_DraftOrderTerms");
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
					Map.of("interimWanted", "NO", "orderDuration", "FIXED", "durationYears", 1.5));

			assertThat(validation.problems(values)).hasSize(2)
				.anyMatch(p -> p.startsWith("term1Wording:"))
				.anyMatch(p -> p.startsWith("durationYears:"));
		}

		@Test
		void namesTheMissingInterimChoiceAndDuration() {
			Map<String, Object> values = draft();
			values.remove("interimWanted");
			values.remove("orderDuration");

			assertThat(validation.problems(values)).hasSize(2)
				.anyMatch(p -> p.startsWith("interimWanted:"))
				.anyMatch(p -> p.startsWith("orderDuration:"));
		}

		private static Map<String, Object> draft() {
			return new HashMap<>(Map.of("term1Kind", "PROHIBITION", "term1Wording", "Not to contact the protected person",
					"term1Necessity", "Contact is the harm", "interimWanted", "YES", "orderDuration",
					"UNTIL_FURTHER_ORDER"));
		}

	}

	@Nested
	class ReviewApplication {

		final ReviewApplicationValidation validation = new ReviewApplicationValidation();

		@Test
		void approvesWithoutReasonsButSendsBackOnlyWithThem() {
			assertThat(validation.taskDefinitionKey()).isEqualTo("Task_ReviewApplication");
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

		final DecideOnAppealValidation validation = new DecideOnAppealValidation();

		@Test
		void needsTheDecisionAndItsReasoning() {
			assertThat(validation.taskDefinitionKey()).isEqualTo("Task_DecideOnAppeal");
			assertThat(validation.problems(Map.of("appeal", "YES", "appealReasoning", "Misapplied the test"))).isEmpty();
			assertThat(validation.problems(Map.of("appeal", "NO", "appealReasoning", "x".repeat(2001))))
				.singleElement()
				.asString()
				.startsWith("appealReasoning:");
			assertThat(validation.problems(Map.of())).hasSize(2);
		}

	}

}
