package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ReviewOrder} must submit: how the victim was contacted and whether the order is kept. */
@Component
class ReviewOrderValidation implements TaskFormValidator {

	static final List<String> VICTIM_CONTACT = List.of("SPOKE_TO_VICTIM", "NO_REPLY", "VICTIM_DECLINED",
			"NOT_SAFE_TO_CONTACT");

	static final List<String> COMPLIANCE = List.of("COMPLYING", "CONCERNS", "BREACH_SUSPECTED");

	@Override
	public String taskDefinitionKey() {
		return "Task_ReviewOrder";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).oneOf("victimContact", VICTIM_CONTACT)
			.oneOf("orderCompliance", COMPLIANCE)
			.problems();
	}

}
