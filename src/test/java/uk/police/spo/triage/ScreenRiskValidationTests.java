package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ScreenRiskValidationTests {

	final ScreenRiskValidation validation = new ScreenRiskValidation();

	@Test
	void acceptsTheDashCountAndExplicitAnswers() {
		assertThat(validation.problems(Map.of("yesAnswers", 24L, "stalkingQuestionYes", false,
				"professionalJudgementHigh", false, "followedVictim", true))).isEmpty();
	}

	@Test
	void requiresTheStalkingQuestionEveryTime() {
		assertThat(validation.problems(Map.of("yesAnswers", 0, "professionalJudgementHigh", false)))
			.singleElement()
			.asString()
			.startsWith("stalkingQuestionYes:");
	}

	@Test
	void refusesACountOutsideTheChecklist() {
		assertThat(validation.problems(Map.of("yesAnswers", 25, "stalkingQuestionYes", true,
				"professionalJudgementHigh", false))).containsExactly("yesAnswers: the number of yes answers, 0 to 24");
		assertThat(validation.problems(Map.of("yesAnswers", -1, "stalkingQuestionYes", true,
				"professionalJudgementHigh", false))).hasSize(1);
	}

	@Test
	void refusesAScreeningAnswerThatIsNotATick() {
		assertThat(validation.problems(Map.of("yesAnswers", 2, "stalkingQuestionYes", true,
				"professionalJudgementHigh", true, "damagedProperty", "yes")))
			.containsExactly("damagedProperty: tick for yes, leave for no");
	}

}
