package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ArrestSuspect} must submit. */
@Component
class ArrestSuspectValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_ArrestSuspect";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		if (Boolean.FALSE.equals(check.yesOrNo("suspectArrested", "say whether the suspect was arrested"))) {
			check.text("arrestNotMadeReason", "give the reason the suspect was not arrested");
		}
		return problems;
	}

}
