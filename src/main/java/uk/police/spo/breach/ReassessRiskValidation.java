package uk.police.spo.breach;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_ReassessRisk} must submit: every input of DMN {@code triageRisk}, and whether to seek a variation.
 */
@Component
class ReassessRiskValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_ReassessRisk";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).count("yesAnswers", 0, 27)
			.yesOrNo("stalkingQuestionYes")
			.count("screeningYes", 0, 11)
			.yesOrNo("victimVeryFrightened")
			.yesOrNo("threatsOfViolence")
			.yesOrNo("professionalJudgementHigh")
			.count("incidentCount", 1, 9999)
			.yesOrNo("variationNeeded")
			.problems();
	}

}
