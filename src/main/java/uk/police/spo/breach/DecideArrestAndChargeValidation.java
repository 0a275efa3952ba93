package uk.police.spo.breach;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_DecideArrestAndCharge} must submit. */
@Component
class DecideArrestAndChargeValidation implements TaskFormValidator {

	static final List<String> ARREST = List.of("ARRESTED", "VOLUNTARY_INTERVIEW", "CIRCULATED_AS_WANTED", "NO_ARREST");

	static final List<String> CHARGE = List.of("CHARGE", "NO_FURTHER_ACTION", "REFER_TO_PROSECUTORS",
			"UNDER_INVESTIGATION");

	@Override
	public String taskDefinitionKey() {
		return "Task_DecideArrestAndCharge";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).oneOf("arrestDecision", ARREST).oneOf("chargeDecision", CHARGE).problems();
	}

}
