package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ConsiderSearch} must submit. */
@Component
class ConsiderSearchValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_ConsiderSearch";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		if (Boolean.FALSE.equals(check.yesOrNo("searchConducted", "say whether the premises were searched"))) {
			check.text("searchNotDoneReason", "give the reason the premises were not searched");
		}
		return problems;
	}

}
