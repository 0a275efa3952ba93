package uk.police.spo.breach;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_RecordBreachAsOffence} must submit: the breach is a crime in its own right (s.8 SPA 2019). */
@Component
class RecordBreachAsOffenceValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordBreachAsOffence";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).crimeReference("crimeReference")
			.confirmed("breachRecordedAsCrime", "the breach is recorded as a new crime under s.8 SPA 2019")
			.problems();
	}

}
