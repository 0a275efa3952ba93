package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.police.spo.tasks.FormSubmission;

/** The server's checks of the triage forms that have no rule beyond their own declarations. */
class TriageFormValidationTests {

	@Nested
	class ConfirmDetails {

		final FormSubmission form = FormSubmission.of("triage-confirm-details");

		@Test
		void acceptsAConfirmedSubmissionWithASafeContactMethod() {
			assertThat(form.problems(Map.of("detailsConfirmed", true, "safeContactMethod", "NONE"))).isEmpty();
		}

		@Test
		void namesEveryMissingField() {
			assertThat(form.problems(Map.of())).hasSize(2)
				.anyMatch(p -> p.startsWith("detailsConfirmed:"))
				.anyMatch(p -> p.startsWith("safeContactMethod:"));
		}

		@Test
		void refusesAnUnknownContactMethodAndAnOverlongNote() {
			Map<String, Object> values = new HashMap<>(Map.of("detailsConfirmed", true, "safeContactMethod", "POST"));
			values.put("triageNote", "x".repeat(2001));

			assertThat(form.problems(values)).hasSize(2)
				.anyMatch(p -> p.startsWith("safeContactMethod:"))
				.anyMatch(p -> p.startsWith("triageNote:"));
		}

	}

	@Nested
	class ScreenRisk {

		final FormSubmission form = FormSubmission.of("triage-screen-risk");

		@Test
		void acceptsTheDashCountAndExplicitAnswers() {
			assertThat(form.problems(form.asTasklistSends(Map.of("yesAnswers", 24L, "dashStalkingQuestion", "NO",
					"professionalJudgementHigh", false, "followedVictim", true)))).isEmpty();
		}

		@Test
		void requiresTheStalkingQuestionAnsweredYesNoOrNotKnown() {
			for (String answer : java.util.List.of("YES", "NO", "NOT_KNOWN")) {
				assertThat(form.problems(form.asTasklistSends(Map.of("yesAnswers", 0, "dashStalkingQuestion", answer))))
					.as(answer).isEmpty();
			}
			// an untouched control does not pass as "no", and neither does the earlier box's value
			assertThat(form.problems(form.asTasklistSends(Map.of("yesAnswers", 0))))
				.containsExactly("dashStalkingQuestion: required");
			assertThat(form.problems(Map.of("yesAnswers", 0, "dashStalkingQuestion", false)))
				.singleElement().asString().startsWith("dashStalkingQuestion: choose one of [YES, NO, NOT_KNOWN]");
			assertThat(form.problems(Map.of("yesAnswers", 0, "dashStalkingQuestion", "asked")))
				.singleElement().asString().startsWith("dashStalkingQuestion: choose one of [YES, NO, NOT_KNOWN]");
		}

		@Test
		void refusesACountOutsideTheChecklist() {
			assertThat(form.problems(form.asTasklistSends(Map.of("yesAnswers", 25, "dashStalkingQuestion", "YES",
					"professionalJudgementHigh", false)))).containsExactly("yesAnswers: a whole number from 0 to 24");
			assertThat(form.problems(form.asTasklistSends(Map.of("yesAnswers", -1, "dashStalkingQuestion", "YES",
					"professionalJudgementHigh", false)))).hasSize(1);
		}

		@Test
		void refusesAScreeningAnswerThatIsNotATick() {
			assertThat(form.problems(form.asTasklistSends(Map.of("yesAnswers", 2, "dashStalkingQuestion", "YES",
					"professionalJudgementHigh", true, "damagedProperty", "yes"))))
				.containsExactly("damagedProperty: tick for yes, leave for no");
		}

	}

	@Nested
	class ReferralConsent {

		final FormSubmission form = FormSubmission.of("triage-referral-consent");

		@Test
		void acceptsAnAnswerToEachOffer() {
			assertThat(form.problems(Map.of("housingOffered", true, "advocacyOffered", true, "housingReferralAnswer",
					"ACCEPTED", "advocacyReferralAnswer", "DECLINED"))).isEmpty();
		}

		@Test
		void requiresAnAnswerOnlyToWhatWasOffered() {
			assertThat(form.problems(Map.of("housingOffered", false, "advocacyOffered", true)))
				.singleElement()
				.asString()
				.startsWith("advocacyReferralAnswer:");
			assertThat(form.problems(Map.of("housingOffered", false, "advocacyOffered", true,
					"advocacyReferralAnswer", "DECLINED"))).isEmpty();
		}

		@Test
		void refusesAnAnswerThatIsNeitherConsentNorRefusal() {
			assertThat(form.problems(Map.of("housingOffered", true, "advocacyOffered", false, "housingReferralAnswer", "MAYBE")))
				.singleElement()
				.asString()
				.startsWith("housingReferralAnswer:");
		}

	}

}
