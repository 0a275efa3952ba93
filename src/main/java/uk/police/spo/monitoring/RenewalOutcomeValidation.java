package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_RecordRenewalOutcome} must submit: the court's decision and, when renewed, the new end (a date or
 * until further order).
 */
@Component
class RenewalOutcomeValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordRenewalOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		OrderFormChecks checks = new OrderFormChecks(values).oneOf("renewalDecision", OrderFormChecks.COURT_DECISIONS)
			.pastDate("renewalDecidedOn")
			.optionalYesOrNo("renewedUntilFurtherOrder");
		if ("GRANTED".equals(values.get("renewalDecision"))
				&& !Boolean.TRUE.equals(values.get("renewedUntilFurtherOrder"))) {
			checks.dateAfter("renewedEndsOn", "renewalDecidedOn", true);
		}
		return checks.problems();
	}

}
