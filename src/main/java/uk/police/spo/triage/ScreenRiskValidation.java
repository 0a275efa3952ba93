package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_ScreenRisk} must submit: the DASH yes count and an explicit answer to the stalking question every
 * time (inspectors found it skipped); the screening questions and professional judgement are ticks.
 */
@Component
class ScreenRiskValidation implements TaskFormValidator {

	static final int DASH_QUESTIONS = 24;

	@Override
	public String taskDefinitionKey() {
		return "Task_ScreenRisk";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		if (FormValues.wholeNumber(values, "yesAnswers", 0, DASH_QUESTIONS) == null) {
			problems.add("yesAnswers: the number of yes answers, 0 to " + DASH_QUESTIONS);
		}
		FormValues.requireYesOrNo(values, "stalkingQuestionYes", "the stalking question", problems);
		FormValues.requireYesOrNo(values, "professionalJudgementHigh", "whether your judgement is high risk",
				problems);
		for (String key : ScreeningQuestions.KEYS) {
			Object answer = values.get(key);
			if (answer != null && !(answer instanceof Boolean)) {
				problems.add(key + ": tick for yes, leave for no");
			}
		}
		return problems;
	}

}
