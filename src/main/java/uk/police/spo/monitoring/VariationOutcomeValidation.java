package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_RecordVariationOutcome} must submit: the court's decision on the variation and its date. */
@Component
class VariationOutcomeValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordVariationOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new FormChecks(values).oneOf("variationDecision", FormChecks.COURT_DECISIONS)
			.pastDate("variationDecidedOn")
			.problems();
	}

}
