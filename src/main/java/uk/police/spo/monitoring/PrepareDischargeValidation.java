package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_PrepareDischargeApplication} must submit: who applies, when it was lodged, and that the victim's
 * views were sought.
 */
@Component
class PrepareDischargeValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_PrepareDischargeApplication";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).oneOf("dischargeApplicant", OrderFormChecks.APPLICANTS)
			.pastDate("dischargeLodgedOn")
			.confirmed("victimViewsSought", "the victim's views on the discharge were sought")
			.problems();
	}

}
