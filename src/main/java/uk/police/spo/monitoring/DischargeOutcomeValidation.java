package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_RecordDischargeOutcome} must submit: the court's decision on the discharge and its date. */
@Component
class DischargeOutcomeValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordDischargeOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).oneOf("dischargeDecision", OrderFormChecks.COURT_DECISIONS)
			.pastDate("dischargeDecidedOn")
			.problems();
	}

}
