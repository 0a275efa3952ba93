package uk.police.spo.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_DecideOnAppeal} must submit: appeal to the Crown Court or not, with the reasoning either way. */
@Component
class DecideOnAppealValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_DecideOnAppeal";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		if (!FormValues.yesOrNo(values.get("appeal"))) {
			problems.add("appeal: answer YES or NO");
		}
		Object reasoning = values.get("appealReasoning");
		if (!FormValues.hasText(reasoning) || !FormValues.fitsText(reasoning)) {
			problems.add("appealReasoning: give the reasoning, at most 2000 characters");
		}
		return problems;
	}

}
