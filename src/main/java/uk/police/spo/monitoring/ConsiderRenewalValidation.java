package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ConsiderRenewal} must submit: whether the force applies to renew the order. */
@Component
class ConsiderRenewalValidation implements TaskFormValidator {

	static final List<String> CHOICES = List.of("APPLY", "DO_NOT_APPLY");

	@Override
	public String taskDefinitionKey() {
		return "Task_ConsiderRenewal";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).oneOf("renewalApplication", CHOICES).problems();
	}

}
