package uk.police.spo.orders;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_DecideToApply}: the force may apply only when all three parts of the test are met. */
@Component
class DecideToApplyValidation implements TaskRule {

	static final List<String> PARTS = List.of("actsAssociatedWithStalking", "riskAssociatedWithStalking",
			"orderNecessary");

	@Override
	public String taskDefinitionKey() {
		return "Task_DecideToApply";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		if (Boolean.TRUE.equals(values.get("apply"))
				&& !PARTS.stream().allMatch(part -> Boolean.TRUE.equals(values.get(part)))) {
			return List.of("apply: an order can be applied for only when all three parts of the test are met");
		}
		return List.of();
	}

}
