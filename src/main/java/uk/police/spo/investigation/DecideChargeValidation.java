package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_DecideCharge} must submit. */
@Component
class DecideChargeValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_DecideCharge";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		String decision = check.oneOf("chargeDecision", InvestigationCodes.CHARGE_DECISIONS);
		check.text("chargeRationale", "give the rationale for the decision");
		if ("OTHER_OFFENCES".equals(decision)) {
			check.oneOf("otherOffence", InvestigationCodes.OTHER_OFFENCES);
		}
		return problems;
	}

}
