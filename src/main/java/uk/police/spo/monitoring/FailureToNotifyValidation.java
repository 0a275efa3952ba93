package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_RecordFailureToNotify} must submit: the s.11 offence's crime reference and the action taken. */
@Component
class FailureToNotifyValidation implements TaskFormValidator {

	static final List<String> ACTIONS = List.of("ARREST_SOUGHT", "SUMMONS_SOUGHT", "CIRCULATED_AS_WANTED",
			"NOTIFIED_LATE");

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordFailureToNotify";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).crimeReference("crimeReference").oneOf("failureActionTaken", ACTIONS).problems();
	}

}
