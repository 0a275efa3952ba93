package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_LogEvidence} must submit. */
@Component
class LogEvidenceValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_LogEvidence";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		check.wholeNumber("evidenceItemsLogged", 0, 10_000);
		check.confirmed("evidenceLogComplete", "confirm that every item gathered is in the evidence log");
		return problems;
	}

}
